<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Marquee::MainWindow</name>
    <message>
        <source>Marquee Box Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat map appears here once the box office is connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marquee box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL (ws:// or wss://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window once shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
