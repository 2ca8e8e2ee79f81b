<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Marquee::AuditPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>B&amp;enutzer:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Reservierung abgelaufen</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Schicht begonnen</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Schicht abgeschlossen</translation>
    </message>
    <message>
        <source>Venue created</source>
        <translation>Spielstätte angelegt</translation>
    </message>
    <message>
        <source>Venue renamed</source>
        <translation>Spielstätte umbenannt</translation>
    </message>
    <message>
        <source>Auditorium created</source>
        <translation>Saal angelegt</translation>
    </message>
    <message>
        <source>Auditorium renamed</source>
        <translation>Saal umbenannt</translation>
    </message>
    <message>
        <source>Layout uploaded</source>
        <translation>Saalplan hochgeladen</translation>
    </message>
    <message>
        <source>Layout draft saved</source>
        <translation>Saalplan-Entwurf gespeichert</translation>
    </message>
    <message>
        <source>Layout draft discarded</source>
        <translation>Saalplan-Entwurf verworfen</translation>
    </message>
    <message>
        <source>Layout published</source>
        <translation>Saalplan veröffentlicht</translation>
    </message>
    <message>
        <source>Show moved to another layout</source>
        <translation>Vorstellung auf anderen Saalplan verlegt</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Anmeldung gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) of “%1” free again: %2 (held at terminal %3 until %4)</source>
        <translation>
            <numerusform>%n Platz von „%1“ wieder frei: %2 (reserviert an Kasse %3 bis %4)</numerusform>
            <numerusform>%n Plätze von „%1“ wieder frei: %2 (reserviert an Kasse %3 bis %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Verkauf %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed; older ones match too.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt; ältere passen auch.</numerusform>
            <numerusform>%n Einträge angezeigt; ältere passen auch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt.</numerusform>
            <numerusform>%n Einträge angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>(server)</source>
        <translation>(Server)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sale %1: %n ticket(s), %2, at terminal %3: %4</source>
        <translation>
            <numerusform>Verkauf %1: %n Ticket, %2, an Kasse %3: %4</numerusform>
            <numerusform>Verkauf %1: %n Tickets, %2, an Kasse %3: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Title created</source>
        <translation>Titel angelegt</translation>
    </message>
    <message>
        <source>Title changed</source>
        <translation>Titel geändert</translation>
    </message>
    <message>
        <source>Venue settings changed</source>
        <translation>Einstellungen der Spielstätte geändert</translation>
    </message>
    <message>
        <source>Show scheduled</source>
        <translation>Vorstellung geplant</translation>
    </message>
    <message>
        <source>Show moved</source>
        <translation>Vorstellung verschoben</translation>
    </message>
    <message>
        <source>Show status changed</source>
        <translation>Status der Vorstellung geändert</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Vorstellung abgesagt</translation>
    </message>
    <message>
        <source>Show refunded</source>
        <translation>Vorstellung erstattet</translation>
    </message>
    <message>
        <source>Shows copied</source>
        <translation>Vorstellungen kopiert</translation>
    </message>
    <message>
        <source>Seats blocked</source>
        <translation>Plätze gesperrt</translation>
    </message>
    <message>
        <source>Seats released</source>
        <translation>Plätze freigegeben</translation>
    </message>
    <message>
        <source>Ticket type created</source>
        <translation>Ticketart angelegt</translation>
    </message>
    <message>
        <source>Ticket type changed</source>
        <translation>Ticketart geändert</translation>
    </message>
    <message>
        <source>Price card created</source>
        <translation>Preisliste angelegt</translation>
    </message>
    <message>
        <source>Price card changed</source>
        <translation>Preisliste geändert</translation>
    </message>
    <message>
        <source>Price card deleted</source>
        <translation>Preisliste gelöscht</translation>
    </message>
    <message>
        <source>Show&apos;s price card changed</source>
        <translation>Preisliste der Vorstellung geändert</translation>
    </message>
    <message>
        <source>Counted %1, expected %2, difference %3, at terminal %4</source>
        <translation>Gezählt %1, erwartet %2, Differenz %3, an Kasse %4</translation>
    </message>
    <message>
        <source>Opening float %1 at terminal %2</source>
        <translation>Anfangsbestand %1 an Kasse %2</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1, Rolle %2</translation>
    </message>
    <message>
        <source>Card payment started</source>
        <translation>Kartenzahlung begonnen</translation>
    </message>
    <message>
        <source>Card payment approved</source>
        <translation>Kartenzahlung genehmigt</translation>
    </message>
    <message>
        <source>Card sale refused</source>
        <translation>Kartenverkauf abgelehnt</translation>
    </message>
    <message>
        <source>Card payment given back</source>
        <translation>Kartenzahlung zurückerstattet</translation>
    </message>
    <message>
        <source>Card not charged</source>
        <translation>Karte nicht belastet</translation>
    </message>
    <message>
        <source>Unfinished card sale settled</source>
        <translation>Offenen Kartenverkauf abgeschlossen</translation>
    </message>
    <message>
        <source>%1, card terminal reference %2</source>
        <translation>%1, Kartenterminal-Referenz %2</translation>
    </message>
    <message>
        <source>The sale of hold %1 was completed with the card payments taken</source>
        <translation>Der Verkauf der Reservierung %1 wurde mit den bereits belasteten Kartenzahlungen abgeschlossen</translation>
    </message>
    <message>
        <source>The card payments for hold %1 were given back</source>
        <translation>Die Kartenzahlungen für die Reservierung %1 wurden zurückerstattet</translation>
    </message>
</context>
<context>
    <name>Marquee::BackOfficeWindow</name>
    <message>
        <source>Marquee back office</source>
        <translation>Marquee Backoffice</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Mein &amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <source>The back office is for managers and admins; %1 is a %2.</source>
        <translation>Das Backoffice ist für Manager und Administratoren; %1 ist %2.</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
</context>
<context>
    <name>Marquee::BasketWidget</name>
    <message>
        <source>&amp;Hold seats</source>
        <translation>&amp;Reservieren</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Bezahlen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>No seats selected</source>
        <translation>Keine Plätze ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n Platz: %1</numerusform>
            <numerusform>%n Plätze: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Held for %1:%2</source>
        <translation>Reserviert, noch %1:%2</translation>
    </message>
    <message>
        <source>Offline: the payment can be taken when the connection is back. The seats stay held until the time runs out.</source>
        <translation>Offline: Die Zahlung ist wieder möglich, sobald die Verbindung steht. Die Plätze bleiben reserviert, bis die Zeit abläuft.</translation>
    </message>
    <message>
        <source>Offline: the held seats can be released when the connection is back</source>
        <translation>Offline: Die reservierten Plätze können freigegeben werden, sobald die Verbindung wieder steht</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message>
        <source>Hold the selected seats (Alt+H, F5)</source>
        <translation>Die ausgewählten Plätze reservieren (Alt+R, F5)</translation>
    </message>
    <message>
        <source>Take payment (Alt+P, F9)</source>
        <translation>Bezahlung annehmen (Alt+B, F9)</translation>
    </message>
    <message>
        <source>%1 (not held yet)</source>
        <translation>%1 (noch nicht reserviert)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Hold %n more</source>
        <translation>
            <numerusform>+%n &amp;reservieren</numerusform>
            <numerusform>+%n &amp;reservieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>With a seat selected, 1-9 pick its ticket type (Alt+1-9 anywhere)</source>
        <translation>Bei gewähltem Platz wählen 1–9 seine Ticketart (Alt+1–9 überall)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Marquee::CancelShowDialog</name>
    <message>
        <source>Cancel show</source>
        <translation>Vorstellung absagen</translation>
    </message>
    <message>
        <source>projector broken</source>
        <translation>Projektor defekt</translation>
    </message>
    <message numerus="yes">
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;? Its holds are released and nothing more is sold; %n ticket(s) sold can then be refunded.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; absagen? Ihre Reservierungen werden freigegeben und es wird nichts mehr verkauft; %n verkauftes Ticket kann danach erstattet werden.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; absagen? Ihre Reservierungen werden freigegeben und es wird nichts mehr verkauft; die %n verkauften Tickets können danach erstattet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Cancel the &amp;show</source>
        <translation>Vorstellung &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Beibehalten</translation>
    </message>
    <message>
        <source>Say why the show is cancelled.</source>
        <translation>Geben Sie an, warum die Vorstellung abgesagt wird.</translation>
    </message>
</context>
<context>
    <name>Marquee::CategoriesPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Paint selection</source>
        <translation>Der Auswahl &amp;zuweisen</translation>
    </message>
    <message>
        <source>Give the selected seats this category (or double-click it)</source>
        <translation>Den ausgewählten Plätzen diese Kategorie geben (oder doppelt auf sie klicken)</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>%1 to %2 characters. Your other sessions end; this one stays signed in.</source>
        <translation>%1 bis %2 Zeichen. Ihre anderen Sitzungen enden; diese bleibt angemeldet.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The new password must have %1 to %2 characters.</source>
        <translation>Das neue Passwort muss %1 bis %2 Zeichen haben.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert …</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server refused the new password: %1</source>
        <translation>Der Server hat das neue Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>Das Passwort wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying.</source>
        <translation>%1 nicht erreichbar: %2; neuer Versuch läuft.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>Nächster Versuch in %n s.</numerusform>
            <numerusform>Nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in as %1 as soon as the server answers.</source>
        <translation>Anmeldung als %1, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Shows and seat maps are as last seen; sign in to sell when the server answers.</source>
        <translation>Vorstellungen und Saalpläne zeigen den zuletzt bekannten Stand; zum Verkaufen anmelden, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Shows and seat maps are as last seen; nothing can be sold until the connection is back.</source>
        <translation>Vorstellungen und Saalpläne zeigen den zuletzt bekannten Stand; verkauft werden kann erst wieder, wenn die Verbindung steht.</translation>
    </message>
    <message>
        <source>Connected to %1, not signed in.</source>
        <translation>Mit %1 verbunden, nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>Marquee::CopyShowsDialog</name>
    <message>
        <source>Copy week</source>
        <translation>Woche kopieren</translation>
    </message>
    <message>
        <source>Copy day</source>
        <translation>Tag kopieren</translation>
    </message>
    <message>
        <source>To the &amp;week of:</source>
        <translation>In die &amp;Woche vom:</translation>
    </message>
    <message>
        <source>To the &amp;day:</source>
        <translation>Auf den &amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copies every show of the week of %1 to the week of %2, as scheduled (not on sale).</source>
        <translation>Kopiert alle Vorstellungen der Woche vom %1 in die Woche vom %2, als geplant (noch nicht im Verkauf).</translation>
    </message>
    <message>
        <source>Copies every show of %1 to %2, as scheduled (not on sale).</source>
        <translation>Kopiert alle Vorstellungen vom %1 auf den %2, als geplant (noch nicht im Verkauf).</translation>
    </message>
    <message>
        <source>Choose another day than the one copied.</source>
        <translation>Wählen Sie einen anderen Tag als den kopierten.</translation>
    </message>
    <message>
        <source>Copy at most a year ahead or back.</source>
        <translation>Höchstens ein Jahr vor oder zurück kopieren.</translation>
    </message>
    <message>
        <source>&amp;From the week of:</source>
        <translation>&amp;Aus der Woche vom:</translation>
    </message>
    <message>
        <source>&amp;From the day:</source>
        <translation>&amp;Vom Tag:</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorScanner</name>
    <message>
        <source>Not a ticket code</source>
        <translation>Kein Ticketcode</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer.</source>
        <translation>Der Server hat unerwartet geantwortet.</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorWindow</name>
    <message>
        <source>Marquee door</source>
        <translation>Marquee Einlass</translation>
    </message>
    <message>
        <source>Admitting for:</source>
        <translation>Einlass für:</translation>
    </message>
    <message>
        <source>&amp;Ticket code:</source>
        <translation>&amp;Ticketcode:</translation>
    </message>
    <message>
        <source>Scan a ticket, or type its code and press Enter</source>
        <translation>Ticket scannen oder Code eintippen und Enter drücken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Mein &amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation>&amp;Ton</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Ticket scannen</translation>
    </message>
    <message>
        <source>Door %1, signed in as %2</source>
        <translation>Einlass %1, angemeldet als %2</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Reihe %1, Platz %2</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1 am %2 um %3</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The server cannot be reached: the scan goes as soon as it is back.</source>
        <translation>Der Server ist nicht erreichbar: Der Scan wird gesendet, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>Not signed in: the scan goes once someone signs in.</source>
        <translation>Nicht angemeldet: Der Scan wird gesendet, sobald sich jemand anmeldet.</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation>um %1 (%2)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>Already admitted</source>
        <translation>Bereits eingelassen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>This ticket was refunded.</source>
        <translation>Dieses Ticket wurde erstattet.</translation>
    </message>
    <message>
        <source>Wrong show</source>
        <translation>Falsche Vorstellung</translation>
    </message>
    <message>
        <source>The ticket is for another show.</source>
        <translation>Das Ticket gilt für eine andere Vorstellung.</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Vorstellung abgesagt</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Unbekanntes Ticket</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>Kein Ticket hat diesen Code.</translation>
    </message>
    <message>
        <source>This user may not admit tickets: sign in as a cashier, manager or admin.</source>
        <translation>Dieser Benutzer darf keine Tickets einlassen: als Kassierer, Manager oder Admin anmelden.</translation>
    </message>
    <message>
        <source>The door&apos;s show no longer exists: choose another show.</source>
        <translation>Die Vorstellung dieses Einlasses gibt es nicht mehr: eine andere wählen.</translation>
    </message>
    <message>
        <source>Signed out: sign in again, then scan the ticket again.</source>
        <translation>Abgemeldet: erneut anmelden, dann das Ticket erneut scannen.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Check the ticket by hand, or scan it again.</source>
        <translation>Ticket von Hand prüfen oder erneut scannen.</translation>
    </message>
    <message>
        <source>Any show today</source>
        <translation>Jede Vorstellung heute</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Vorstellung %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>%1 of %2 admitted</source>
        <translation>%1 von %2 eingelassen</translation>
    </message>
    <message>
        <source>%1 of %2 admitted today</source>
        <translation>%1 von %2 heute eingelassen</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) waiting for the server</source>
        <translation>
            <numerusform>%n Scan wartet auf den Server</numerusform>
            <numerusform>%n Scans warten auf den Server</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>wartet auf den Server</translation>
    </message>
    <message>
        <source>admitted, row %1, seat %2</source>
        <translation>eingelassen, Reihe %1, Platz %2</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>eingelassen</translation>
    </message>
    <message>
        <source>already admitted at %1</source>
        <translation>bereits eingelassen um %1</translation>
    </message>
    <message>
        <source>already admitted</source>
        <translation>bereits eingelassen</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>wrong show</source>
        <translation>falsche Vorstellung</translation>
    </message>
    <message>
        <source>show cancelled</source>
        <translation>Vorstellung abgesagt</translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation>unbekanntes Ticket</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>The door is for ushers signed in as a cashier, manager or admin; %1 is a %2.</source>
        <translation>Der Einlass ist für Platzanweiser, angemeldet als Kassierer, Manager oder Admin; %1 ist ein %2.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskExitDialog</name>
    <message>
        <source>Staff only: leave kiosk mode</source>
        <translation>Nur für Personal: Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>PIN zum Beenden</translation>
    </message>
    <message>
        <source>Or a manager&apos;s sign-in</source>
        <translation>Oder Anmeldung einer Leitung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Zurück zum Kiosk</translation>
    </message>
    <message>
        <source>No exit PIN is set up on this kiosk; a manager can sign in.</source>
        <translation>Auf diesem Kiosk ist keine PIN zum Beenden eingerichtet; eine Leitung kann sich anmelden.</translation>
    </message>
    <message>
        <source>Wrong PIN. The kiosk stays locked.</source>
        <translation>Falsche PIN. Der Kiosk bleibt gesperrt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The server did not answer. The kiosk stays locked.</source>
        <translation>Der Server hat nicht geantwortet. Der Kiosk bleibt gesperrt.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can leave kiosk mode. The kiosk stays locked.</source>
        <translation>Nur eine Leitung oder ein Admin kann den Kioskmodus verlassen. Der Kiosk bleibt gesperrt.</translation>
    </message>
    <message>
        <source>Wrong user name or password. The kiosk stays locked.</source>
        <translation>Falscher Benutzername oder falsches Passwort. Der Kiosk bleibt gesperrt.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskWindow</name>
    <message>
        <source>Your seats were released. Please choose again.</source>
        <translation>Ihre Plätze wurden freigegeben. Bitte wählen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>Neubeginn in %n Sekunde.</numerusform>
            <numerusform>Neubeginn in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Touch a film to buy tickets</source>
        <translation>Film antippen und Tickets kaufen</translation>
    </message>
    <message>
        <source>Temporarily unavailable.
Please buy your tickets at the box office.</source>
        <translation>Vorübergehend nicht verfügbar.
Bitte kaufen Sie Ihre Tickets an der Kasse.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Uhrzeit wählen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>How many tickets?</source>
        <translation>Wie viele Tickets?</translation>
    </message>
    <message>
        <source>Choose seats</source>
        <translation>Plätze wählen</translation>
    </message>
    <message>
        <source>♿ I need a wheelchair space</source>
        <translation>♿ Ich brauche einen Rollstuhlplatz</translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation>Ihre Plätze</translation>
    </message>
    <message>
        <source>Your seats are marked green with a tick. Tap another free seat to move, or tap one of yours to give it back.</source>
        <translation>Ihre Plätze sind grün mit Häkchen markiert. Tippen Sie auf einen anderen freien Platz, um zu wechseln, oder auf einen Ihrer Plätze, um ihn zurückzugeben.</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Mit Karte bezahlen</translation>
    </message>
    <message>
        <source>Thank you! Enjoy the show.</source>
        <translation>Vielen Dank! Viel Vergnügen bei der Vorstellung.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The connection was interrupted. Please wait…</source>
        <translation>Die Verbindung wurde unterbrochen. Bitte warten…</translation>
    </message>
    <message>
        <source>No more shows today.</source>
        <translation>Heute keine Vorstellungen mehr.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 at %2 in %3</source>
        <translation>%1 um %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>%n Platz frei</numerusform>
            <numerusform>%n Plätze frei</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n tickets per purchase here; for more, please go to the box office.</source>
        <translation>
            <numerusform>Hier höchstens %n Ticket pro Kauf; für mehr gehen Sie bitte zur Kasse.</numerusform>
            <numerusform>Hier höchstens %n Tickets pro Kauf; für mehr gehen Sie bitte zur Kasse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorry, there are not enough free seats for %n people in this show.</source>
        <translation>
            <numerusform>Für %n Person sind in dieser Vorstellung leider nicht genug Plätze frei.</numerusform>
            <numerusform>Für %n Personen sind in dieser Vorstellung leider nicht genug Plätze frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Einen Moment bitte…</translation>
    </message>
    <message>
        <source>Sorry, that seat is taken. Please choose a free one.</source>
        <translation>Dieser Platz ist leider belegt. Bitte wählen Sie einen freien.</translation>
    </message>
    <message>
        <source>Please don&apos;t leave a single seat empty on its own between others. Your seats have not changed.</source>
        <translation>Bitte lassen Sie keinen einzelnen Platz zwischen anderen frei. Ihre Plätze sind unverändert.</translation>
    </message>
    <message>
        <source>Sorry, someone else has just taken that seat. Your seats have not changed.</source>
        <translation>Diesen Platz hat gerade leider jemand anderes genommen. Ihre Plätze sind unverändert.</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Your seats have not changed.</source>
        <translation>Das hat leider nicht geklappt. Ihre Plätze sind unverändert.</translation>
    </message>
    <message>
        <source>Finding the best seats…</source>
        <translation>Die besten Plätze werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>Tap %n more free seat(s).</source>
        <translation>
            <numerusform>Tippen Sie auf %n weiteren freien Platz.</numerusform>
            <numerusform>Tippen Sie auf %n weitere freie Plätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>Weiter zur Zahlung</translation>
    </message>
    <message>
        <source>Pay %1 by card</source>
        <translation>%1 mit Karte bezahlen</translation>
    </message>
    <message>
        <source>Follow the instructions on the card terminal.</source>
        <translation>Folgen Sie den Anweisungen am Kartenterminal.</translation>
    </message>
    <message>
        <source>Insert, tap or swipe your card on the card terminal.</source>
        <translation>Stecken Sie Ihre Karte in das Kartenterminal, halten Sie sie daran oder ziehen Sie sie durch.</translation>
    </message>
    <message>
        <source>Authorising…</source>
        <translation>Wird autorisiert…</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Genehmigt.</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Your card was declined; nothing was charged. You can try again or use another card.</source>
        <translation>Ihre Karte wurde abgelehnt; es wurde nichts abgebucht. Sie können es erneut versuchen oder eine andere Karte verwenden.</translation>
    </message>
    <message>
        <source>The card terminal did not answer; nothing was charged. Please try again.</source>
        <translation>Das Kartenterminal hat nicht geantwortet; es wurde nichts abgebucht. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sorry, the time for your seats ran out and they were released. Please start over.</source>
        <translation>Die Zeit für Ihre Plätze ist leider abgelaufen; sie wurden freigegeben. Bitte beginnen Sie neu.</translation>
    </message>
    <message>
        <source>The payment could not be confirmed. If your card was charged, please ask at the box office.</source>
        <translation>Die Zahlung konnte nicht bestätigt werden. Falls Ihre Karte belastet wurde, wenden Sie sich bitte an die Kasse.</translation>
    </message>
    <message numerus="yes">
        <source>Please take your %n ticket(s) from the printer below.</source>
        <translation>
            <numerusform>Bitte nehmen Sie Ihr Ticket unten aus dem Drucker.</numerusform>
            <numerusform>Bitte nehmen Sie Ihre %n Tickets unten aus dem Drucker.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photograph your %n ticket(s): the QR code is your ticket at the door.</source>
        <translation>
            <numerusform>Fotografieren Sie Ihr Ticket: Der QR-Code ist Ihre Eintrittskarte am Einlass.</numerusform>
            <numerusform>Fotografieren Sie Ihre %n Tickets: Der QR-Code ist Ihre Eintrittskarte am Einlass.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Reihe %1, Platz %2</translation>
    </message>
    <message>
        <source>today %1, %2</source>
        <translation>heute %1, %2</translation>
    </message>
    <message>
        <source>tomorrow %1, %2</source>
        <translation>morgen %1, %2</translation>
    </message>
    <message>
        <source>E-mail my tickets (optional):</source>
        <translation>Tickets per E-Mail (freiwillig):</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Please check it, or leave the field empty.</source>
        <translation>Das ist keine E-Mail-Adresse. Bitte prüfen Sie sie oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Your tickets are on their way to %1.</source>
        <translation>Ihre Tickets sind unterwegs an %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutBrowser</name>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>im Verkauf</translation>
    </message>
    <message>
        <source>sales closed</source>
        <translation>Verkauf beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;New layout</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <source>&amp;Move shows onto this version…</source>
        <translation>Vorstellungen auf diese Version &amp;umstellen…</translation>
    </message>
    <message>
        <source>New &amp;auditorium…</source>
        <translation>Neuer &amp;Saal…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Venues and layouts</source>
        <translation>Spielstätten und Saalpläne</translation>
    </message>
    <message>
        <source>Venue / auditorium</source>
        <translation>Spielstätte / Saal</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Shows using it</source>
        <translation>Vorstellungen damit</translation>
    </message>
    <message>
        <source>New &amp;venue…</source>
        <translation>Neue Spiel&amp;stätte…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>version %1 · %n seat(s)</source>
        <translation>
            <numerusform>Version %1 · %n Platz</numerusform>
            <numerusform>Version %1 · %n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>no layout yet</source>
        <translation>noch kein Saalplan</translation>
    </message>
    <message>
        <source>No venues yet: create one with “New venue…”.</source>
        <translation>Noch keine Spielstätten: Legen Sie eine mit „Neue Spielstätte…“ an.</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft (revision %1)</source>
        <translation>Entwurf (Revision %1)</translation>
    </message>
    <message>
        <source>saved by %1, %2</source>
        <translation>gespeichert von %1, %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Neue Spielstätte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>&amp;Währung (ISO 4217):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Venue “%1” created.</source>
        <translation>Spielstätte „%1“ angelegt.</translation>
    </message>
    <message>
        <source>New auditorium</source>
        <translation>Neuer Saal</translation>
    </message>
    <message>
        <source>Name of the new auditorium in %1:</source>
        <translation>Name des neuen Saals in %1:</translation>
    </message>
    <message>
        <source>Auditorium “%1” created: draw its layout with “New layout”.</source>
        <translation>Saal „%1“ angelegt: Zeichnen Sie seinen Plan mit „Neuer Plan“.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutDocument</name>
    <message numerus="yes">
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>%n Platz verschieben</numerusform>
            <numerusform>%n Plätze verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n seat(s)</source>
        <translation>
            <numerusform>%n Platz drehen</numerusform>
            <numerusform>%n Plätze drehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n item(s)</source>
        <translation>
            <numerusform>%n Element drehen</numerusform>
            <numerusform>%n Elemente drehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n seat(s)</source>
        <translation>
            <numerusform>%n Platz ausrichten</numerusform>
            <numerusform>%n Plätze ausrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n item(s)</source>
        <translation>
            <numerusform>%n Element ausrichten</numerusform>
            <numerusform>%n Elemente ausrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n seat(s)</source>
        <translation>
            <numerusform>%n Platz verteilen</numerusform>
            <numerusform>%n Plätze verteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n item(s)</source>
        <translation>
            <numerusform>%n Element verteilen</numerusform>
            <numerusform>%n Elemente verteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>%n Platz löschen</numerusform>
            <numerusform>%n Plätze löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n seat(s)</source>
        <translation>
            <numerusform>%n Platz duplizieren</numerusform>
            <numerusform>%n Plätze duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>%n Element duplizieren</numerusform>
            <numerusform>%n Elemente duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n seat(s)</source>
        <translation>
            <numerusform>%n Platz einfügen</numerusform>
            <numerusform>%n Plätze einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>A layout holds at most %1 seats.</source>
        <translation>Ein Saalplan hat höchstens %1 Plätze.</translation>
    </message>
    <message numerus="yes">
        <source>Give %n seat(s) the category %1</source>
        <translation>
            <numerusform>%n Platz die Kategorie %1 geben</numerusform>
            <numerusform>%n Plätzen die Kategorie %1 geben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) wheelchair spaces</source>
        <translation>
            <numerusform>%n Platz zum Rollstuhlplatz machen</numerusform>
            <numerusform>%n Plätze zu Rollstuhlplätzen machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n wheelchair space(s) seats</source>
        <translation>
            <numerusform>%n Rollstuhlplatz zum Sitzplatz machen</numerusform>
            <numerusform>%n Rollstuhlplätze zu Sitzplätzen machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) companion seats</source>
        <translation>
            <numerusform>%n Platz zum Begleitplatz machen</numerusform>
            <numerusform>%n Plätze zu Begleitplätzen machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) no companion seats</source>
        <translation>
            <numerusform>Begleitplatz bei %n Platz aufheben</numerusform>
            <numerusform>Begleitplatz bei %n Plätzen aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n seat(s) restricted view</source>
        <translation>
            <numerusform>%n Platz mit Sichtbehinderung markieren</numerusform>
            <numerusform>%n Plätze mit Sichtbehinderung markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear restricted view of %n seat(s)</source>
        <translation>
            <numerusform>Sichtbehinderung bei %n Platz aufheben</numerusform>
            <numerusform>Sichtbehinderung bei %n Plätzen aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Block %n seat(s)</source>
        <translation>
            <numerusform>%n Platz sperren</numerusform>
            <numerusform>%n Plätze sperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %n seat(s)</source>
        <translation>
            <numerusform>%n Platz entsperren</numerusform>
            <numerusform>%n Plätze entsperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n seat(s)</source>
        <translation>
            <numerusform>%n Platz neu nummerieren</numerusform>
            <numerusform>%n Plätze neu nummerieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Label seat %1</source>
        <translation>Platz %1 benennen</translation>
    </message>
    <message>
        <source>Label row %1</source>
        <translation>Reihe %1 benennen</translation>
    </message>
    <message>
        <source>Rename section to %1</source>
        <translation>Bereich in %1 umbenennen</translation>
    </message>
    <message>
        <source>A layout&apos;s name has 1 to %1 printable characters.</source>
        <translation>Der Name eines Saalplans hat 1 bis %1 druckbare Zeichen.</translation>
    </message>
    <message>
        <source>Rename layout to %1</source>
        <translation>Saalplan in %1 umbenennen</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Neue Kategorie %1</translation>
    </message>
    <message>
        <source>Rename category to %1</source>
        <translation>Kategorie in %1 umbenennen</translation>
    </message>
    <message>
        <source>Recolour category %1</source>
        <translation>Farbe der Kategorie %1 ändern</translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation>Kategorie %1 entfernen</translation>
    </message>
    <message>
        <source>A layout has at most %1 sections.</source>
        <translation>Ein Saalplan hat höchstens %1 Bereiche.</translation>
    </message>
    <message numerus="yes">
        <source>Add a row of %n seat(s)</source>
        <translation>
            <numerusform>Reihe mit %n Platz hinzufügen</numerusform>
            <numerusform>Reihe mit %n Plätzen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a seat</source>
        <translation>Platz hinzufügen</translation>
    </message>
    <message>
        <source>Add an aisle</source>
        <translation>Gang hinzufügen</translation>
    </message>
    <message>
        <source>Aisle %1</source>
        <translation>Gang %1</translation>
    </message>
    <message>
        <source>The screen or stage needs a position and a positive width.</source>
        <translation>Leinwand oder Bühne brauchen eine Position und eine positive Breite.</translation>
    </message>
    <message>
        <source>Place the screen</source>
        <translation>Leinwand platzieren</translation>
    </message>
    <message>
        <source>Place the stage</source>
        <translation>Bühne platzieren</translation>
    </message>
    <message>
        <source>Add the text %1</source>
        <translation>Text %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change the text %1</source>
        <translation>Text %1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) as best</source>
        <translation>
            <numerusform>%n Reihe als beste markieren</numerusform>
            <numerusform>%n Reihen als beste markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n best row(s)</source>
        <translation>
            <numerusform>Markierung von %n bester Reihe entfernen</numerusform>
            <numerusform>Markierung von %n besten Reihen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutExport</name>
    <message>
        <source>Seating plan</source>
        <translation>Saalplan</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Seating plan of %1</source>
        <translation>Saalplan von %1</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>das SVG konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>Marquee::LegendWidget</name>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Click a seat to add or remove it; drag to select a block</source>
        <translation>Klick auf einen Platz wählt ihn aus oder ab; Ziehen wählt einen Block</translation>
    </message>
</context>
<context>
    <name>Marquee::LiveSeatMap</name>
    <message>
        <source>The layout of this auditorium cannot be shown: %1</source>
        <translation>Der Saalplan kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::MainWindow</name>
    <message>
        <source>Marquee Box Office</source>
        <translation>Marquee Kasse</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <source>Pick a show on the left</source>
        <translation>Links eine Vorstellung auswählen</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole auditorium (0)</source>
        <translation>Ganzen Saal anzeigen (0)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The session ended; sign in again.</source>
        <translation>Die Sitzung wurde beendet; bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Just taken by another terminal: %1</source>
        <translation>Soeben von einer anderen Kasse belegt: %1</translation>
    </message>
    <message>
        <source>The hold expired: the seats are free again.</source>
        <translation>Die Reservierung ist abgelaufen: Die Plätze sind wieder frei.</translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation>&amp;Kasse</translation>
    </message>
    <message>
        <source>&amp;Sales and refunds…</source>
        <translation>&amp;Verkäufe und Erstattungen…</translation>
    </message>
    <message>
        <source>&amp;Print last tickets…</source>
        <translation>Letzte Tickets &amp;drucken…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies fully after the box office restarts.</source>
        <translation>Die neue Sprache wird nach einem Neustart der Kasse vollständig übernommen.</translation>
    </message>
    <message>
        <source>Connected, not signed in</source>
        <translation>Verbunden, nicht angemeldet</translation>
    </message>
    <message>
        <source>Sell or release the held seats before changing the show.</source>
        <translation>Vor dem Wechsel der Vorstellung die reservierten Plätze verkaufen oder freigeben.</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Reihe %1, Platz %2</translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation>Reserviere…</translation>
    </message>
    <message>
        <source>Held: take the payment before the time runs out.</source>
        <translation>Reserviert: Zahlung kassieren, bevor die Zeit abläuft.</translation>
    </message>
    <message>
        <source>%1 (sold)</source>
        <translation>%1 (verkauft)</translation>
    </message>
    <message>
        <source>%1 (held by another terminal)</source>
        <translation>%1 (von anderer Kasse reserviert)</translation>
    </message>
    <message>
        <source>Not available any more: %1. Nothing was held; the other seats are still in the basket.</source>
        <translation>Nicht mehr verfügbar: %1. Es wurde nichts reserviert; die übrigen Plätze sind weiterhin im Warenkorb.</translation>
    </message>
    <message>
        <source>Could not hold: %1</source>
        <translation>Reservieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Released.</source>
        <translation>Freigegeben.</translation>
    </message>
    <message>
        <source>The hold is gone: %1</source>
        <translation>Die Reservierung besteht nicht mehr: %1</translation>
    </message>
    <message>
        <source>The hold cannot be extended any further.</source>
        <translation>Die Reservierung kann nicht weiter verlängert werden.</translation>
    </message>
    <message>
        <source>Extended.</source>
        <translation>Verlängert.</translation>
    </message>
    <message>
        <source>Sale %1 complete.</source>
        <translation>Verkauf %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>No tickets sold yet on this terminal.</source>
        <translation>An dieser Kasse wurden noch keine Tickets verkauft.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Schichtabschluss</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are held for a customer. Release them before quitting?</source>
        <translation>
            <numerusform>%n Platz ist für einen Kunden reserviert. Vor dem Beenden freigeben?</numerusform>
            <numerusform>%n Plätze sind für einen Kunden reserviert. Vor dem Beenden freigeben?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release and quit</source>
        <translation>&amp;Freigeben und beenden</translation>
    </message>
    <message>
        <source>&amp;Keep them held and quit</source>
        <translation>Reserviert &amp;lassen und beenden</translation>
    </message>
    <message>
        <source>Shift &amp;report…</source>
        <translation>S&amp;chichtbericht…</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>&amp;Schicht abschließen…</translation>
    </message>
    <message>
        <source>Save last tickets as P&amp;DF…</source>
        <translation>Letzte Tickets als &amp;PDF speichern…</translation>
    </message>
    <message numerus="yes">
        <source>Signing out releases the %n held seat(s). Sign out?</source>
        <translation>
            <numerusform>Beim Abmelden wird %n reservierter Platz freigegeben. Abmelden?</numerusform>
            <numerusform>Beim Abmelden werden die %n reservierten Plätze freigegeben. Abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ticket printer…</source>
        <translation>&amp;Ticketdrucker…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Tastenkürzel…</translation>
    </message>
    <message>
        <source>This show has just started.</source>
        <translation>Diese Vorstellung hat gerade begonnen.</translation>
    </message>
    <message numerus="yes">
        <source>This show started %n minute(s) ago.</source>
        <translation>
            <numerusform>Diese Vorstellung hat vor %n Minute begonnen.</numerusform>
            <numerusform>Diese Vorstellung hat vor %n Minuten begonnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the hold…</source>
        <translation>Wird zur Reservierung hinzugefügt…</translation>
    </message>
    <message>
        <source>Added to the hold: one basket, one payment.</source>
        <translation>Zur Reservierung hinzugefügt: ein Warenkorb, eine Zahlung.</translation>
    </message>
    <message>
        <source>Not available any more: %1. Nothing was added; the held seats stay held.</source>
        <translation>Nicht mehr verfügbar: %1. Nichts wurde hinzugefügt; die reservierten Plätze bleiben reserviert.</translation>
    </message>
    <message>
        <source>The hold has expired; hold the seats again.</source>
        <translation>Die Reservierung ist abgelaufen; reservieren Sie die Plätze erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Release the %n held seat(s) and empty the basket?</source>
        <translation>
            <numerusform>%n reservierten Platz freigeben und den Warenkorb leeren?</numerusform>
            <numerusform>Die %n reservierten Plätze freigeben und den Warenkorb leeren?</numerusform>
        </translation>
    </message>
    <message>
        <source>shift since %1</source>
        <translation>Schicht seit %1</translation>
    </message>
    <message>
        <source>shift of %1 since %2</source>
        <translation>Schicht von %1 seit %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more hold(s) of this terminal are still active; they expire by themselves.</source>
        <translation>
            <numerusform>%n weitere Reservierung dieses Terminals ist noch aktiv; sie läuft von selbst ab.</numerusform>
            <numerusform>%n weitere Reservierungen dieses Terminals sind noch aktiv; sie laufen von selbst ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held by this terminal before were put back in the basket.</source>
        <translation>
            <numerusform>%n zuvor von diesem Terminal reservierter Platz ist wieder im Warenkorb.</numerusform>
            <numerusform>%n zuvor von diesem Terminal reservierte Plätze sind wieder im Warenkorb.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seats are held again, but their price is now %1: close this and take the payment again.</source>
        <translation>Die Plätze sind wieder reserviert, kosten aber jetzt %1: Schließen Sie dies und kassieren Sie erneut.</translation>
    </message>
    <message>
        <source>Taken in the meantime: %1. Close this and choose other seats.</source>
        <translation>Inzwischen vergeben: %1. Schließen Sie dies und wählen Sie andere Plätze.</translation>
    </message>
    <message>
        <source>The seats could not be held again: %1</source>
        <translation>Die Plätze konnten nicht erneut reserviert werden: %1</translation>
    </message>
    <message>
        <source>The seats are not held any more.</source>
        <translation>Die Plätze sind nicht mehr reserviert.</translation>
    </message>
    <message numerus="yes">
        <source>Sold: %n ticket(s).</source>
        <translation>
            <numerusform>Verkauft: %n Ticket.</numerusform>
            <numerusform>Verkauft: %n Tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation>Tickets als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>No shift is open at this terminal.</source>
        <translation>An diesem Terminal ist keine Schicht offen.</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-Bericht</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Schicht abschließen</translation>
    </message>
    <message>
        <source>Sell or release the held seats before closing the shift.</source>
        <translation>Verkaufen oder geben Sie die reservierten Plätze frei, bevor Sie die Schicht abschließen.</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the total. The drawer should hold %1 (opening float %2, cash sales and refunds included).</source>
        <translation>Zählen Sie das Bargeld in der Kasse und geben Sie die Summe ein. In der Kasse sollten %1 sein (Wechselgeld %2, Barverkäufe und Erstattungen eingerechnet).</translation>
    </message>
    <message>
        <source>&amp;Counted cash:</source>
        <translation>&amp;Gezähltes Bargeld:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the counted cash, for example 250.00.</source>
        <translation>Geben Sie das gezählte Bargeld ein, zum Beispiel 250,00.</translation>
    </message>
    <message>
        <source>The shift could not be closed: %1</source>
        <translation>Die Schicht konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Spielstätte</translation>
    </message>
    <message>
        <source>&amp;Layouts…</source>
        <translation>&amp;Saalpläne…</translation>
    </message>
    <message>
        <source>The seating plan of this show has changed; the map shows the new plan.</source>
        <translation>Der Saalplan dieser Vorstellung wurde geändert; die Karte zeigt den neuen Plan.</translation>
    </message>
    <message>
        <source>&amp;Back office…</source>
        <translation>&amp;Backoffice…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Mein &amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>This show has been cancelled: no more sales.</source>
        <translation>Diese Vorstellung wurde abgesagt: kein Verkauf mehr.</translation>
    </message>
    <message>
        <source>Sales for this show are closed.</source>
        <translation>Der Verkauf für diese Vorstellung ist geschlossen.</translation>
    </message>
    <message>
        <source>This show is not on sale yet.</source>
        <translation>Diese Vorstellung ist noch nicht im Verkauf.</translation>
    </message>
    <message>
        <source>Could not change the ticket type: %1</source>
        <translation>Die Ticketart konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>How many seats &quot;Best&quot; chooses</source>
        <translation>Wie viele Plätze „Beste“ wählt</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>Choose and hold the best free seats for this many people, side by side where possible (Ctrl+B)</source>
        <translation>Die besten freien Plätze für so viele Personen wählen und reservieren, wo möglich nebeneinander (Strg+B)</translation>
    </message>
    <message>
        <source>Pay for or release the held seats before choosing the best ones.</source>
        <translation>Erst die reservierten Plätze bezahlen oder freigeben, dann die besten wählen.</translation>
    </message>
    <message numerus="yes">
        <source>There are no %n free seats for this show.</source>
        <translation>
            <numerusform>Für diese Vorstellung ist kein %n freier Platz mehr da.</numerusform>
            <numerusform>Für diese Vorstellung sind keine %n freien Plätze mehr da.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %n seats side by side: the best seats are spread over %1 rows.</source>
        <translation>
            <numerusform>Kein %n Platz frei: Die besten Plätze verteilen sich auf %1 Reihen.</numerusform>
            <numerusform>Keine %n Plätze nebeneinander: Die besten Plätze verteilen sich auf %1 Reihen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding these seats leaves %1 alone in its row, where it is hard to sell. Hold them anyway?</source>
        <translation>Diese Reservierung lässt %1 allein in der Reihe zurück, schwer zu verkaufen. Trotzdem reservieren?</translation>
    </message>
    <message>
        <source>Not held: choose seats that leave no single seat alone (%1).</source>
        <translation>Nicht reserviert: Plätze wählen, die keinen einzelnen Platz allein lassen (%1).</translation>
    </message>
</context>
<context>
    <name>Marquee::NumberingDialog</name>
    <message>
        <source>Renumber</source>
        <translation>Neu nummerieren</translation>
    </message>
    <message>
        <source>Renumber the &amp;rows</source>
        <translation>&amp;Reihen neu bezeichnen</translation>
    </message>
    <message>
        <source>A, B, C … Z, AA, BB</source>
        <translation>A, B, C … Z, AA, BB</translation>
    </message>
    <message>
        <source>A, B, C … Z, AA, AB</source>
        <translation>A, B, C … Z, AA, AB</translation>
    </message>
    <message>
        <source>1, 2, 3 …</source>
        <translation>1, 2, 3 …</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>First &amp;letter:</source>
        <translation>Erster &amp;Buchstabe:</translation>
    </message>
    <message>
        <source>First row &amp;number:</source>
        <translation>Erste Reihen&amp;nummer:</translation>
    </message>
    <message>
        <source>S&amp;kip I and O</source>
        <translation>I und O aus&amp;lassen</translation>
    </message>
    <message>
        <source>Renumber the &amp;seats</source>
        <translation>&amp;Plätze neu nummerieren</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Von rechts nach links</translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation>Ungerade und gerade von der Mitte aus</translation>
    </message>
    <message>
        <source>Odd numbers on the right</source>
        <translation>Ungerade Nummern rechts</translation>
    </message>
    <message>
        <source>Odd numbers on the left</source>
        <translation>Ungerade Nummern links</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Reihen&amp;folge:</translation>
    </message>
    <message>
        <source>O&amp;dd side:</source>
        <translation>&amp;Ungerade Seite:</translation>
    </message>
    <message>
        <source>First seat n&amp;umber:</source>
        <translation>Erste Platznu&amp;mmer:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Reihen: %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Plätze: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::PasswordShownDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write this password down now or copy it.&lt;/b&gt; It is shown only this once: the server keeps no copy. Give it to %1, who should change it after the first sign-in.</source>
        <translation>&lt;b&gt;Schreiben Sie dieses Passwort jetzt auf oder kopieren Sie es.&lt;/b&gt; Es wird nur dieses eine Mal angezeigt: Der Server bewahrt keine Kopie auf. Geben Sie es %1, der oder die es nach der ersten Anmeldung ändern sollte.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Marquee::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Bar</translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>S&amp;plit card + cash</source>
        <translation>&amp;Aufteilen: Karte + Bar</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation>Gegebener Betrag</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>Passend %1</translation>
    </message>
    <message>
        <source>&amp;Tendered:</source>
        <translation>&amp;Gegeben:</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>The whole amount, %1, is charged on the card terminal.</source>
        <translation>Der gesamte Betrag von %1 wird über das Kartenterminal abgebucht.</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Ca&amp;rd part:</source>
        <translation>Kar&amp;tenanteil:</translation>
    </message>
    <message>
        <source>Ca&amp;sh part:</source>
        <translation>Ba&amp;ranteil:</translation>
    </message>
    <message>
        <source>Cash te&amp;ndered:</source>
        <translation>Bar gegebe&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Pay ca&amp;sh instead</source>
        <translation>&amp;Stattdessen bar zahlen</translation>
    </message>
    <message>
        <source>C&amp;hange payment</source>
        <translation>&amp;Zahlung ändern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: use one decimal separator and no grouping.</source>
        <translation>„%1“ ist kein Betrag: Nur ein Dezimaltrennzeichen und keine Tausenderpunkte verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Beträge dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>Es ist nichts zu bezahlen.</translation>
    </message>
    <message>
        <source>%1 short: the amount tendered is less than the amount due.</source>
        <translation>Es fehlen %1: Der gegebene Betrag ist kleiner als der zu zahlende Betrag.</translation>
    </message>
    <message>
        <source>The card and cash parts add up to %1, not to the amount due.</source>
        <translation>Karten- und Baranteil ergeben zusammen %1, nicht den zu zahlenden Betrag.</translation>
    </message>
    <message>
        <source>The cash tendered is less than the cash part.</source>
        <translation>Der gegebene Barbetrag ist kleiner als der Baranteil.</translation>
    </message>
    <message>
        <source>Card terminal…</source>
        <translation>Kartenterminal…</translation>
    </message>
    <message>
        <source>Waiting for the card terminal.</source>
        <translation>Warte auf das Kartenterminal.</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>Verkauf wird gebucht…</translation>
    </message>
    <message>
        <source>Present card</source>
        <translation>Karte vorlegen</translation>
    </message>
    <message>
        <source>Insert, tap or swipe the card on the terminal.</source>
        <translation>Karte am Terminal einstecken, auflegen oder durchziehen.</translation>
    </message>
    <message>
        <source>Authorising…</source>
        <translation>Autorisierung…</translation>
    </message>
    <message>
        <source>Waiting for the bank.</source>
        <translation>Warte auf die Bank.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Completing the sale…</source>
        <translation>Verkauf wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal.</source>
        <translation>Die Zahlung wurde am Terminal abgebrochen.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>Rückgeld: %1</translation>
    </message>
    <message>
        <source>The card was declined. The seats are still held.</source>
        <translation>Die Karte wurde abgelehnt. Die Plätze sind weiterhin reserviert.</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>The card terminal did not answer. The seats are still held.</source>
        <translation>Das Kartenterminal hat nicht geantwortet. Die Plätze sind weiterhin reserviert.</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>Die Zahlung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Sale %1: %n ticket(s)</source>
        <translation>
            <numerusform>Verkauf %1: %n Ticket</numerusform>
            <numerusform>Verkauf %1: %n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1, authorisation %2</source>
        <translation>Karte %1, Genehmigungs-Nr. %2</translation>
    </message>
    <message>
        <source>The seats are no longer held: close this and select them again.</source>
        <translation>Die Plätze sind nicht mehr reserviert: Dialog schließen und die Plätze erneut auswählen.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Wait for the payment to finish.</source>
        <translation>Bitte warten, bis die Zahlung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>&amp;Hold the same seats again</source>
        <translation>Dieselben Plätze erneut &amp;reservieren</translation>
    </message>
    <message>
        <source>Holding the seats again…</source>
        <translation>Plätze werden erneut reserviert…</translation>
    </message>
    <message>
        <source>The hold ran out before the sale: the seats are no longer reserved. Nothing was charged.</source>
        <translation>Die Reservierung ist vor dem Verkauf abgelaufen: Die Plätze sind nicht mehr reserviert. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>The hold has expired</source>
        <translation>Die Reservierung ist abgelaufen</translation>
    </message>
    <message>
        <source>Seats held for %1:%2</source>
        <translation>Plätze reserviert für %1:%2</translation>
    </message>
    <message>
        <source>The seats are no longer reserved for this customer. Hold them again to take the payment.</source>
        <translation>Die Plätze sind für diesen Kunden nicht mehr reserviert. Reservieren Sie sie erneut, um zu kassieren.</translation>
    </message>
    <message>
        <source>The seats are gone</source>
        <translation>Die Plätze sind vergeben</translation>
    </message>
    <message>
        <source>optional: the tickets are sent there</source>
        <translation>freiwillig: die Tickets werden dorthin geschickt</translation>
    </message>
    <message>
        <source>&amp;E-mail tickets to:</source>
        <translation>Tickets per &amp;E-Mail an:</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.org); correct it or leave the field empty.</source>
        <translation>Das ist keine E-Mail-Adresse (name@example.org); korrigieren Sie sie oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The tickets are on their way to %1.</source>
        <translation>Die Tickets sind unterwegs an %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::PlanItems</name>
    <message>
        <source>SCREEN</source>
        <translation>LEINWAND</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>BÜHNE</translation>
    </message>
</context>
<context>
    <name>Marquee::PricesPage</name>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation>&amp;Hinweis…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>Preisliste &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete card</source>
        <translation>Preisliste &amp;löschen</translation>
    </message>
    <message>
        <source>Name of the card, such as &quot;Evening&quot;</source>
        <translation>Name der Preisliste, etwa „Abend“</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>Ticketarten</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Neue Preisliste</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Preisliste:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Categories of:</source>
        <translation>Kategorien von:</translation>
    </message>
    <message>
        <source>Price card (amounts in major units; empty: not offered)</source>
        <translation>Preisliste (Beträge wie 9,50; leer: nicht angeboten)</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Spielstätte:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>The venue has another one of this name; choose another.</source>
        <translation>Die Spielstätte hat schon einen Eintrag dieses Namens; bitte einen anderen wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Shows that have not ended use this card (%n show(s)); give them another card first.</source>
        <translation>
            <numerusform>%n Vorstellung, die noch nicht vorbei ist, nutzt diese Preisliste; bitte ihr zuerst eine andere geben.</numerusform>
            <numerusform>%n Vorstellungen, die noch nicht vorbei sind, nutzen diese Preisliste; bitte ihnen zuerst eine andere geben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone changed this card meanwhile; refresh and make your change again.</source>
        <translation>Jemand hat diese Preisliste inzwischen geändert; bitte aktualisieren und die Änderung erneut vornehmen.</translation>
    </message>
    <message>
        <source>Only managers and admins change ticket types and price cards.</source>
        <translation>Nur Manager und Administratoren ändern Ticketarten und Preislisten.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Gebrauch)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket type(s), %1</source>
        <translation>
            <numerusform>%n Ticketart, %1</numerusform>
            <numerusform>%n Ticketarten, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price card(s).</source>
        <translation>
            <numerusform>%n Preisliste.</numerusform>
            <numerusform>%n Preislisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The card offers this ticket type: give its price in this category too.</source>
        <translation>Die Preisliste bietet diese Ticketart an: bitte auch ihren Preis in dieser Kategorie angeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are no amounts (red).</source>
        <translation>
            <numerusform>%n Zelle ist kein Betrag (rot).</numerusform>
            <numerusform>%n Zellen sind keine Beträge (rot).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) missing (yellow): a card prices every ticket type it offers in every category it has.</source>
        <translation>
            <numerusform>%n Preis fehlt (gelb): Eine Preisliste nennt für jede angebotene Ticketart einen Preis in jeder ihrer Kategorien.</numerusform>
            <numerusform>%n Preise fehlen (gelb): Eine Preisliste nennt für jede angebotene Ticketart einen Preis in jeder ihrer Kategorien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give at least one price.</source>
        <translation>Bitte mindestens einen Preis angeben.</translation>
    </message>
    <message>
        <source>Give the card a name.</source>
        <translation>Bitte der Preisliste einen Namen geben.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The card %1 is saved.</source>
        <translation>Die Preisliste %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>The card %1 is created.</source>
        <translation>Die Preisliste %1 ist angelegt.</translation>
    </message>
    <message>
        <source>The card %1 is deleted.</source>
        <translation>Die Preisliste %1 ist gelöscht.</translation>
    </message>
    <message>
        <source>The ticket type %1 is added.</source>
        <translation>Die Ticketart %1 ist hinzugefügt.</translation>
    </message>
    <message>
        <source>The ticket type is renamed to %1.</source>
        <translation>Die Ticketart heißt jetzt %1.</translation>
    </message>
    <message>
        <source>The note is saved.</source>
        <translation>Der Hinweis ist gespeichert.</translation>
    </message>
    <message>
        <source>The ticket type %1 is moved.</source>
        <translation>Die Ticketart %1 ist verschoben.</translation>
    </message>
    <message>
        <source>The ticket type is archived: it is not sold any more.</source>
        <translation>Die Ticketart ist archiviert: Sie wird nicht mehr verkauft.</translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation>Neue Ticketart</translation>
    </message>
    <message>
        <source>Name (such as &quot;Student&quot;):</source>
        <translation>Name (etwa „Student“):</translation>
    </message>
    <message>
        <source>Note the cashier sees (such as &quot;ID required&quot;; may be empty):</source>
        <translation>Hinweis für die Kasse (etwa „Ausweis nötig“; darf leer sein):</translation>
    </message>
    <message>
        <source>Rename ticket type</source>
        <translation>Ticketart umbenennen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Note the cashier sees (empty: none):</source>
        <translation>Hinweis für die Kasse (leer: keiner):</translation>
    </message>
    <message>
        <source>There is no venue yet: create one in the layout studio.</source>
        <translation>Es gibt noch keine Spielstätte: Legen Sie eine im Saalplan-Studio an.</translation>
    </message>
</context>
<context>
    <name>Marquee::PrinterSettingsDialog</name>
    <message>
        <source>&amp;Test print</source>
        <translation>&amp;Testdruck</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>Ticketdrucker</translation>
    </message>
    <message>
        <source>None: save the tickets as PDF</source>
        <translation>Keiner: Tickets als PDF speichern</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>No printer is installed on this computer: tickets are saved as PDF.</source>
        <translation>Auf diesem Computer ist kein Drucker installiert: Tickets werden als PDF gespeichert.</translation>
    </message>
    <message>
        <source>Print tickets &amp;on:</source>
        <translation>Tickets drucken &amp;auf:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This printer is not installed.</source>
        <translation>Dieser Drucker ist nicht installiert.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testdruck</translation>
    </message>
    <message>
        <source>Test ticket: if you can read this, the printer works</source>
        <translation>Testticket: Wenn Sie dies lesen können, funktioniert der Drucker</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Reihe %1, Platz %2</translation>
    </message>
    <message>
        <source>Test ticket sent to %1.</source>
        <translation>Testticket an %1 gesendet.</translation>
    </message>
    <message>
        <source>The test print failed: %1</source>
        <translation>Der Testdruck ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ProblemsPanel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No problems: ready to publish</source>
        <translation>Keine Probleme: bereit zur Veröffentlichung</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::ProgrammePage</name>
    <message>
        <source>Show the week of this day</source>
        <translation>Die Woche dieses Tages anzeigen</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Vorige Woche</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Nächste Woche ▶</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Schedule show…</source>
        <translation>Vorstellung &amp;planen…</translation>
    </message>
    <message>
        <source>Copy &amp;day…</source>
        <translation>&amp;Tag kopieren…</translation>
    </message>
    <message>
        <source>Copy &amp;week…</source>
        <translation>&amp;Woche kopieren…</translation>
    </message>
    <message>
        <source>&amp;Venue settings…</source>
        <translation>&amp;Spielstätte einstellen…</translation>
    </message>
    <message>
        <source>Copies the shows of the day chosen in the date picker (or of the selected show&apos;s day)</source>
        <translation>Kopiert die Vorstellungen des im Kalender gewählten Tages (oder des Tages der ausgewählten Vorstellung)</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Spielstätte:</translation>
    </message>
    <message>
        <source>Loading the programme…</source>
        <translation>Programm wird geladen …</translation>
    </message>
    <message>
        <source>There is no venue yet: create one in the layout studio.</source>
        <translation>Es gibt noch keine Spielstätte: Legen Sie eine im Saalplan-Studio an.</translation>
    </message>
    <message>
        <source>Loading the shows…</source>
        <translation>Vorstellungen werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n show(s)</source>
        <translation>
            <numerusform>Woche vom %1: %n Vorstellung</numerusform>
            <numerusform>Woche vom %1: %n Vorstellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ticket(s) sold.</source>
        <translation>
            <numerusform>, %n Ticket verkauft.</numerusform>
            <numerusform>, %n Tickets verkauft.</numerusform>
        </translation>
    </message>
    <message>
        <source>show %1</source>
        <translation>Vorstellung %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused: it would clash with %1 (the cleaning gap included).</source>
        <translation>Abgelehnt: Das überschneidet sich mit %1 (Reinigungspause eingerechnet).</translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>%1 wird verschoben …</translation>
    </message>
    <message>
        <source>%1 now %2 to %3.</source>
        <translation>%1 jetzt %2 bis %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sold: tell the buyers.</source>
        <translation>
            <numerusform>%n Ticket verkauft: Informieren Sie die Käufer.</numerusform>
            <numerusform>%n Tickets verkauft: Informieren Sie die Käufer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on sale.</source>
        <translation>%1 ist im Verkauf.</translation>
    </message>
    <message>
        <source>Sales of %1 are closed.</source>
        <translation>Der Verkauf für %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>%1 is scheduled (not on sale).</source>
        <translation>%1 ist geplant (nicht im Verkauf).</translation>
    </message>
    <message>
        <source>Put on &amp;sale</source>
        <translation>In den &amp;Verkauf geben</translation>
    </message>
    <message>
        <source>&amp;Close sales</source>
        <translation>Verkauf &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Reopen sales</source>
        <translation>Verkauf &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>C&amp;opy…</source>
        <translation>&amp;Kopieren…</translation>
    </message>
    <message>
        <source>Cancel show…</source>
        <translation>Vorstellung absagen…</translation>
    </message>
    <message>
        <source>%1 scheduled for %2.</source>
        <translation>%1 für %2 geplant.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 ist abgesagt.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) refunded, %1 in all.</source>
        <translation>
            <numerusform>%n Verkauf erstattet, insgesamt %1.</numerusform>
            <numerusform>%n Verkäufe erstattet, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was copied: the copies would clash with %1.</source>
        <translation>Nichts wurde kopiert: Die Kopien würden sich mit %1 überschneiden.</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) copied.</source>
        <translation>
            <numerusform>%n Vorstellung kopiert.</numerusform>
            <numerusform>%n Vorstellungen kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaning gap %n minute(s), time zone %1.</source>
        <translation>
            <numerusform>Reinigungspause %n Minute, Zeitzone %1.</numerusform>
            <numerusform>Reinigungspause %n Minuten, Zeitzone %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no show to copy from %1.</source>
        <translation>Am %1 gibt es keine Vorstellung zum Kopieren.</translation>
    </message>
</context>
<context>
    <name>Marquee::PropertiesPanel</name>
    <message>
        <source>Layout na&amp;me:</source>
        <translation>Na&amp;me des Saalplans:</translation>
    </message>
    <message>
        <source>Sectio&amp;n:</source>
        <translation>Berei&amp;ch:</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <source>Se&amp;at:</source>
        <translation>&amp;Platz:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>Text&amp;höhe:</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Best rows</source>
        <translation>&amp;Beste Reihen</translation>
    </message>
    <message>
        <source>The rows with the best view: best-available seats (kiosk, box office) are chosen here first.</source>
        <translation>Die Reihen mit der besten Sicht: Die besten verfügbaren Plätze (Kiosk, Kasse) werden zuerst hier gewählt.</translation>
    </message>
</context>
<context>
    <name>Marquee::RefundShowDialog</name>
    <message>
        <source>&amp;Refund all</source>
        <translation>Alles &amp;erstatten</translation>
    </message>
    <message>
        <source>Refunds for a cancelled show</source>
        <translation>Erstattungen für eine abgesagte Vorstellung</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; is cancelled (%n hold(s) released).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ist abgesagt (%n Reservierung freigegeben).</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ist abgesagt (%n Reservierungen freigegeben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sold, %1 in all.</source>
        <translation>
            <numerusform>%n Ticket verkauft, insgesamt %1.</numerusform>
            <numerusform>%n Tickets verkauft, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets were sold: nothing to refund.</source>
        <translation>Es wurden keine Tickets verkauft: Nichts zu erstatten.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Say why the tickets are refunded.</source>
        <translation>Geben Sie an, warum die Tickets erstattet werden.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Wird erstattet …</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) refunded, %1 in all.</source>
        <translation>
            <numerusform>%n Verkauf erstattet, insgesamt %1.</numerusform>
            <numerusform>%n Verkäufe erstattet, insgesamt %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::ReportsPage</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Spielstätte:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation>Die Spielstätten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no venue yet.</source>
        <translation>Es gibt noch keine Spielstätte.</translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>A report covers at most %1 days.</source>
        <translation>Ein Bericht umfasst höchstens %1 Tage.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Der Bericht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation>In diesem Zeitraum gibt es nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); times in the venue&apos;s timezone (%1).</source>
        <translation>
            <numerusform>%n Zeile; Zeiten in der Zeitzone der Spielstätte (%1).</numerusform>
            <numerusform>%n Zeilen; Zeiten in der Zeitzone der Spielstätte (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>Marquee::SalesDialog</name>
    <message>
        <source>&amp;Refund ticked tickets</source>
        <translation>Angehakte Tickets &amp;erstatten</translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation>Verkäufe und Erstattungen</translation>
    </message>
    <message>
        <source>Ticket code or sale number (scan or type), then Enter</source>
        <translation>Ticketcode oder Verkaufsnummer (scannen oder eintippen), dann Eingabetaste</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Recent &amp;sales</source>
        <translation>&amp;Letzte Verkäufe</translation>
    </message>
    <message>
        <source>Sale / seat</source>
        <translation>Verkauf / Platz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for the refund (required)</source>
        <translation>Grund der Erstattung (Pflichtangabe)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>No sale found.</source>
        <translation>Kein Verkauf gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) found.</source>
        <translation>
            <numerusform>%n Verkauf gefunden.</numerusform>
            <numerusform>%n Verkäufe gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a reason for the refund.</source>
        <translation>Bitte einen Grund für die Erstattung eingeben.</translation>
    </message>
    <message>
        <source>Tick the tickets to refund.</source>
        <translation>Bitte die zu erstattenden Tickets anhaken.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Erstatte…</translation>
    </message>
    <message>
        <source>This sale is past the cashier&apos;s refund window: a manager must approve.</source>
        <translation>Die Erstattungsfrist für Kassierer ist bei diesem Verkauf abgelaufen: Ein Manager muss zustimmen.</translation>
    </message>
    <message>
        <source>Refund refused: %1</source>
        <translation>Erstattung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch Manager</translation>
    </message>
    <message>
        <source>Manager&apos;s user name:</source>
        <translation>Benutzername des Managers:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>%1 is not a manager.</source>
        <translation>%1 ist kein Manager.</translation>
    </message>
    <message>
        <source>Approval refused: %1</source>
        <translation>Freigabe abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sale %1 · %2 · %3</source>
        <translation>Verkauf %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Vorstellung %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Reihe %1, Platz %2</translation>
    </message>
    <message>
        <source>%1
Sold by %2 at terminal %3</source>
        <translation>%1
Verkauft von %2 an Kasse %3</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapScene</name>
    <message>
        <source>Seat %1, row %2, %3</source>
        <translation>Platz %1, Reihe %2, %3</translation>
    </message>
    <message>
        <source>Category: %1, %2</source>
        <translation>Kategorie: %1, %2</translation>
    </message>
    <message>
        <source>%1 (offline: may be out of date)</source>
        <translation>%1 (offline: möglicherweise veraltet)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapView</name>
    <message>
        <source>Offline: seat states may be out of date</source>
        <translation>Offline: Platzstatus möglicherweise nicht aktuell</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatsPage</name>
    <message>
        <source>House seat</source>
        <translation>Hausplatz</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Blocked in the layout</source>
        <translation>Im Saalplan gesperrt</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;House seats…</source>
        <translation>&amp;Hausplätze…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Block the selected seats for this show (a camera, a broken seat)</source>
        <translation>Die ausgewählten Plätze für diese Vorstellung sperren (Kamera, defekter Sitz)</translation>
    </message>
    <message>
        <source>Keep the selected seats as house seats, with a note</source>
        <translation>Die ausgewählten Plätze mit einer Notiz als Hausplätze zurückhalten</translation>
    </message>
    <message>
        <source>Release the selected blocked or house seats for sale</source>
        <translation>Die ausgewählten gesperrten Plätze und Hausplätze zum Verkauf freigeben</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Spielstätte:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vorstellung:</translation>
    </message>
    <message>
        <source>Blocked and house seats of this show:</source>
        <translation>Gesperrte Plätze und Hausplätze dieser Vorstellung:</translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation>Die Spielstätten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation>Die Vorstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <source>House seats</source>
        <translation>Hausplätze</translation>
    </message>
    <message>
        <source>Block seats</source>
        <translation>Plätze sperren</translation>
    </message>
    <message>
        <source>Note (who the seats are kept for):</source>
        <translation>Notiz (für wen die Plätze zurückgehalten werden):</translation>
    </message>
    <message>
        <source>Note (why they are blocked, optional):</source>
        <translation>Notiz (warum sie gesperrt sind, optional):</translation>
    </message>
    <message>
        <source>Select available seats first.</source>
        <translation>Wählen Sie zuerst freie Plätze aus.</translation>
    </message>
    <message numerus="yes">
        <source>Blocking %n seat(s)…</source>
        <translation>
            <numerusform>Sperre %n Platz…</numerusform>
            <numerusform>Sperre %n Plätze…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n house seat(s) kept.</source>
        <translation>
            <numerusform>%n Hausplatz zurückgehalten.</numerusform>
            <numerusform>%n Hausplätze zurückgehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked.</source>
        <translation>
            <numerusform>%n Platz gesperrt.</numerusform>
            <numerusform>%n Plätze gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some seats are held, sold or blocked meanwhile; nothing was blocked.</source>
        <translation>Einige Plätze wurden inzwischen reserviert, verkauft oder gesperrt; es wurde nichts gesperrt.</translation>
    </message>
    <message>
        <source>Not blocked: %1</source>
        <translation>Nicht gesperrt: %1</translation>
    </message>
    <message>
        <source>Select blocked or house seats first.</source>
        <translation>Wählen Sie zuerst gesperrte Plätze oder Hausplätze aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) released for sale.</source>
        <translation>
            <numerusform>%n Platz zum Verkauf freigegeben.</numerusform>
            <numerusform>%n Plätze zum Verkauf freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>Nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Reihe %1, Platz %2</translation>
    </message>
</context>
<context>
    <name>Marquee::ServerConnection</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Rechner nicht gefunden</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung beendet</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>This terminal made an invalid request (%1); nothing was sent.</source>
        <translation>Dieses Terminal hat eine ungültige Anfrage erzeugt (%1); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Vorstellungen</translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation>Saalplan</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Search a show by title</source>
        <translation>Vorstellung nach Titel suchen</translation>
    </message>
    <message>
        <source>From the search: to the list of shows</source>
        <translation>Aus der Suche: zur Liste der Vorstellungen</translation>
    </message>
    <message>
        <source>Open the selected (or first) show and go to its seat map</source>
        <translation>Ausgewählte (oder erste) Vorstellung öffnen und zum Saalplan wechseln</translation>
    </message>
    <message>
        <source>Previous day, next day</source>
        <translation>Vorheriger Tag, nächster Tag</translation>
    </message>
    <message>
        <source>Move to the nearest seat in that direction</source>
        <translation>Zum nächsten Platz in dieser Richtung</translation>
    </message>
    <message>
        <source>Add the seat to the selection, or remove it</source>
        <translation>Platz zur Auswahl hinzufügen oder daraus entfernen</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl leeren</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, whole auditorium</source>
        <translation>Vergrößern, verkleinern, ganzer Saal</translation>
    </message>
    <message>
        <source>Hold the selected seats</source>
        <translation>Ausgewählte Plätze reservieren</translation>
    </message>
    <message>
        <source>Extend the hold</source>
        <translation>Reservierung verlängern</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Reservierung freigeben</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Bezahlung annehmen</translation>
    </message>
    <message>
        <source>Cash, card</source>
        <translation>Bar, Karte</translation>
    </message>
    <message>
        <source>Pay; after the sale: Done</source>
        <translation>Bezahlen; nach dem Verkauf: Fertig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation>Verkäufe und Erstattungen</translation>
    </message>
    <message>
        <source>Close the shift (report)</source>
        <translation>Schicht abschließen (Bericht)</translation>
    </message>
    <message>
        <source>Print the last tickets</source>
        <translation>Letzte Tickets drucken</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Diese Übersicht</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>With a seat of the basket selected: its ticket type (the first, second, … of its list)</source>
        <translation>Bei gewähltem Platz im Warenkorb: seine Ticketart (die erste, zweite, … der Liste)</translation>
    </message>
    <message>
        <source>The ticket type of the selected basket seat, or of the seat added last</source>
        <translation>Die Ticketart des gewählten Platzes im Warenkorb oder des zuletzt hinzugefügten</translation>
    </message>
</context>
<context>
    <name>Marquee::ShowDialog</name>
    <message>
        <source>Schedule a show</source>
        <translation>Vorstellung planen</translation>
    </message>
    <message>
        <source>Edit show</source>
        <translation>Vorstellung bearbeiten</translation>
    </message>
    <message>
        <source>Scheduled (not on sale yet)</source>
        <translation>Geplant (noch nicht im Verkauf)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>Im Verkauf</translation>
    </message>
    <message numerus="yes">
        <source>%1%2, %n min</source>
        <translation>
            <numerusform>%1%2, %n Min.</numerusform>
            <numerusform>%1%2, %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Auditorium:</source>
        <translation>&amp;Saal:</translation>
    </message>
    <message>
        <source>&amp;Layout version:</source>
        <translation>Saalplan-&amp;Version:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vorstellung:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Prices:</source>
        <translation>&amp;Preise:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>There is no title to schedule: create one on the Titles page first.</source>
        <translation>Es gibt keinen Titel zum Planen: Legen Sie zuerst einen auf der Seite „Titel“ an.</translation>
    </message>
    <message>
        <source>Loading the layout versions…</source>
        <translation>Saalplan-Versionen werden geladen …</translation>
    </message>
    <message>
        <source>This auditorium has no published layout yet (layout studio).</source>
        <translation>Dieser Saal hat noch keinen veröffentlichten Saalplan (Saalplan-Studio).</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (current): %2, %n seat(s)</source>
        <translation>
            <numerusform>Version %1 (aktuell): %2, %n Platz</numerusform>
            <numerusform>Version %1 (aktuell): %2, %n Plätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %2, %n seat(s)</source>
        <translation>
            <numerusform>Version %1: %2, %n Platz</numerusform>
            <numerusform>Version %1: %2, %n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>The layout does not read: %1</source>
        <translation>Der Saalplan ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The show ends after it starts.</source>
        <translation>Die Vorstellung muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Wait for the layout&apos;s categories.</source>
        <translation>Warten Sie auf die Kategorien des Saalplans.</translation>
    </message>
    <message>
        <source>Prices per category (below)</source>
        <translation>Preise je Kategorie (unten)</translation>
    </message>
    <message>
        <source>Keep the show&apos;s prices</source>
        <translation>Preise der Vorstellung behalten</translation>
    </message>
    <message>
        <source>Price &amp;card:</source>
        <translation>Preis&amp;karte:</translation>
    </message>
</context>
<context>
    <name>Marquee::ShowPicker</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Search title…</source>
        <translation>Titel suchen…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Free · Held · Sold</source>
        <translation>Frei · Res. · Verk.</translation>
    </message>
    <message>
        <source>Auditorium %1</source>
        <translation>Saal %1</translation>
    </message>
    <message>
        <source>Offline: shows as last seen</source>
        <translation>Offline: Vorstellungen nach letztem bekannten Stand</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n Vorstellung</numerusform>
            <numerusform>%n Vorstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: no shows of this day were seen on this terminal</source>
        <translation>Offline: Für diesen Tag sind auf diesem Terminal keine Vorstellungen bekannt</translation>
    </message>
    <message>
        <source>Offline: shows as last seen at %1</source>
        <translation>Offline: Vorstellungen wie zuletzt gesehen am %1</translation>
    </message>
    <message>
        <source>Not signed in: shows as last seen at %1</source>
        <translation>Nicht angemeldet: Vorstellungen wie zuletzt gesehen um %1</translation>
    </message>
    <message>
        <source>Not signed in: shows as last seen</source>
        <translation>Nicht angemeldet: Vorstellungen wie zuletzt gesehen</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <source>%1 (sales closed)</source>
        <translation>%1 (Verkauf geschlossen)</translation>
    </message>
</context>
<context>
    <name>Marquee::ShowPricesEditor</name>
    <message>
        <source>not an amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>not below zero</source>
        <translation>nicht unter null</translation>
    </message>
    <message>
        <source>The layout has no seat categories to price.</source>
        <translation>Der Saalplan hat keine Platzkategorien, die einen Preis brauchen.</translation>
    </message>
    <message>
        <source>Enter a price for %1.</source>
        <translation>Geben Sie einen Preis für %1 ein.</translation>
    </message>
    <message>
        <source>The price for %1 is not an amount of %2 (such as 12.50).</source>
        <translation>Der Preis für %1 ist kein Betrag in %2 (etwa 12.50).</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>z. B. 12.50</translation>
    </message>
    <message>
        <source>e.g. 1250</source>
        <translation>z. B. 1250</translation>
    </message>
</context>
<context>
    <name>Marquee::SignInDialog</name>
    <message>
        <source>Sign in to Marquee</source>
        <translation>Bei Marquee anmelden</translation>
    </message>
    <message>
        <source>Marquee Box Office</source>
        <translation>Marquee Kasse</translation>
    </message>
    <message>
        <source>ws://host:port, or wss://host:port for an encrypted connection</source>
        <translation>ws://host:port, oder wss://host:port für eine verschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The server address must start with ws:// or wss://.</source>
        <translation>Die Serveradresse muss mit ws:// oder wss:// beginnen.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Bitte Benutzernamen eingeben.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Unbekannter Benutzer oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment.</source>
        <translation>Zu viele Versuche; bitte einen Moment warten.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying.</source>
        <translation>%1 nicht erreichbar: %2; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>You will be signed in as soon as the server answers.</source>
        <translation>Sie werden angemeldet, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>The cash in the drawer when your shift starts. Only used when no shift is open at this terminal.</source>
        <translation>Das Bargeld in der Kasse zu Schichtbeginn. Nur verwendet, wenn an diesem Terminal keine Schicht offen ist.</translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation>&amp;Wechselgeld:</translation>
    </message>
    <message>
        <source>The opening float is an amount such as 150.00.</source>
        <translation>Das Wechselgeld ist ein Betrag wie 150,00.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::StatisticsPanel</name>
    <message>
        <source>Wheelchair spaces</source>
        <translation>Rollstuhlplätze</translation>
    </message>
    <message>
        <source>Companion seats</source>
        <translation>Begleitplätze</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Sichtbehinderung</translation>
    </message>
    <message>
        <source>Blocked (not for sale)</source>
        <translation>Gesperrt (nicht im Verkauf)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Unbekannte Kategorie</translation>
    </message>
    <message>
        <source>Special seats</source>
        <translation>Besondere Plätze</translation>
    </message>
</context>
<context>
    <name>Marquee::StudioConnection</name>
    <message>
        <source>Layout studio</source>
        <translation>Saalplan-Studio</translation>
    </message>
    <message>
        <source>Venues and &amp;versions on the server…</source>
        <translation>Spi&amp;elstätten und Versionen auf dem Server…</translation>
    </message>
    <message>
        <source>Save dra&amp;ft on the server</source>
        <translation>Entwurf auf dem Server spei&amp;chern</translation>
    </message>
    <message>
        <source>Publis&amp;h…</source>
        <translation>Veröffent&amp;lichen…</translation>
    </message>
    <message>
        <source>&amp;Move shows onto this version…</source>
        <translation>Vorstellungen auf diese Version u&amp;mstellen…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The layout cannot be read: %1</source>
        <translation>Der Saalplan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Version %1 opened. Your changes become the auditorium&apos;s draft when you save them.</source>
        <translation>Version %1 geöffnet. Ihre Änderungen werden beim Speichern zum Entwurf des Saals.</translation>
    </message>
    <message>
        <source>%1, draft</source>
        <translation>%1, Entwurf</translation>
    </message>
    <message>
        <source>Draft revision %1 opened (saved by %2).</source>
        <translation>Entwurf Revision %1 geöffnet (gespeichert von %2).</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1, new layout</source>
        <translation>%1, neuer Plan</translation>
    </message>
    <message>
        <source>Choose the auditorium this layout is for, then “New layout” or open one of its versions.</source>
        <translation>Wählen Sie den Saal, für den dieser Plan ist, dann „Neuer Plan“, oder öffnen Sie eine seiner Versionen.</translation>
    </message>
    <message>
        <source>The auditorium has a draft on the server that is not the layout on screen. Replace that draft with this layout?</source>
        <translation>Der Saal hat auf dem Server einen Entwurf, der nicht der angezeigte Plan ist. Diesen Entwurf durch diesen Plan ersetzen?</translation>
    </message>
    <message>
        <source>Uploading the layout (%1 KB)…</source>
        <translation>Saalplan wird hochgeladen (%1 KB)…</translation>
    </message>
    <message>
        <source>The layout is too big to save (%1 MB).</source>
        <translation>Der Saalplan ist zu groß zum Speichern (%1 MB).</translation>
    </message>
    <message>
        <source>Someone else saved this auditorium&apos;s draft since you opened it (it is now at revision %1). Replace their draft with yours? (No: keep theirs; open it from the server to see it.)</source>
        <translation>Jemand anderes hat den Entwurf dieses Saals gespeichert, seit Sie ihn geöffnet haben (jetzt Revision %1). Deren Entwurf durch Ihren ersetzen? (Nein: deren Entwurf behalten; öffnen Sie ihn vom Server, um ihn zu sehen.)</translation>
    </message>
    <message>
        <source>Not saved: the draft on the server is someone else&apos;s.</source>
        <translation>Nicht gespeichert: Der Entwurf auf dem Server stammt von jemand anderem.</translation>
    </message>
    <message>
        <source>Draft saved (revision %1): no problems, ready to publish.</source>
        <translation>Entwurf gespeichert (Revision %1): keine Probleme, bereit zum Veröffentlichen.</translation>
    </message>
    <message numerus="yes">
        <source>Draft saved (revision %1): %n problem(s) to solve before publishing.</source>
        <translation>
            <numerusform>Entwurf gespeichert (Revision %1): %n Problem vor dem Veröffentlichen zu lösen.</numerusform>
            <numerusform>Entwurf gespeichert (Revision %1): %n Probleme vor dem Veröffentlichen zu lösen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish this layout as the next version of %1? Shows keep the version they use until you move them onto it.</source>
        <translation>Diesen Plan als nächste Version von %1 veröffentlichen? Vorstellungen behalten ihre Version, bis Sie sie umstellen.</translation>
    </message>
    <message>
        <source>Version %1 of this auditorium was published since you opened this layout. Publish yours as the next version anyway?</source>
        <translation>Seit Sie diesen Plan geöffnet haben, wurde Version %1 dieses Saals veröffentlicht. Ihren trotzdem als nächste Version veröffentlichen?</translation>
    </message>
    <message numerus="yes">
        <source>Not published: the layout has %n problem(s). The Problems panel lists them; the first: %1</source>
        <translation>
            <numerusform>Nicht veröffentlicht: Der Plan hat %n Problem. Die Problemliste zeigt es; %1</numerusform>
            <numerusform>Nicht veröffentlicht: Der Plan hat %n Probleme. Die Problemliste zeigt sie; das erste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The show was not moved: %n seat(s) held or sold in it are not in version %1: %2</source>
        <translation>
            <numerusform>Die Vorstellung wurde nicht umgestellt: %n reservierter oder verkaufter Platz fehlt in Version %1: %2</numerusform>
            <numerusform>Die Vorstellung wurde nicht umgestellt: %n reservierte oder verkaufte Plätze fehlen in Version %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Show moved onto version %1: %2 seats added, %3 removed.</source>
        <translation>Vorstellung auf Version %1 umgestellt: %2 Plätze hinzugekommen, %3 entfernt.</translation>
    </message>
    <message>
        <source>Move shows onto version %1</source>
        <translation>Vorstellungen auf Version %1 umstellen</translation>
    </message>
    <message>
        <source>%1, %2 (now version %3)</source>
        <translation>%1, %2 (jetzt Version %3)</translation>
    </message>
    <message>
        <source>No scheduled or on-sale show uses another version of this auditorium.</source>
        <translation>Keine geplante oder im Verkauf befindliche Vorstellung nutzt eine andere Version dieses Saals.</translation>
    </message>
    <message>
        <source>Seats held or sold in a show must exist in version %1, or that show stays where it is. Seats that disappear are free ones.</source>
        <translation>Reservierte oder verkaufte Plätze einer Vorstellung müssen in Version %1 vorhanden sein, sonst bleibt die Vorstellung, wo sie ist. Wegfallende Plätze sind freie.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Umstellen</translation>
    </message>
    <message numerus="yes">
        <source>Published as version %1 (%n seat(s)). Layout &gt; Move shows onto this version… moves shows onto it.</source>
        <translation>
            <numerusform>Als Version %1 veröffentlicht (%n Platz). Saalplan &gt; Vorstellungen auf diese Version umstellen… stellt Vorstellungen darauf um.</numerusform>
            <numerusform>Als Version %1 veröffentlicht (%n Plätze). Saalplan &gt; Vorstellungen auf diese Version umstellen… stellt Vorstellungen darauf um.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n show(s) moved onto version %2.</source>
        <translation>
            <numerusform>%1 von %n Vorstellung auf Version %2 umgestellt.</numerusform>
            <numerusform>%1 von %n Vorstellungen auf Version %2 umgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not published: the layout has %n problem(s); the Problems panel lists them.</source>
        <translation>
            <numerusform>Nicht veröffentlicht: Der Plan hat %n Problem; die Problemliste zeigt es.</numerusform>
            <numerusform>Nicht veröffentlicht: Der Plan hat %n Probleme; die Problemliste zeigt sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::StudioScene</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) a row</source>
        <translation>
            <numerusform>%n Platz je Reihe</numerusform>
            <numerusform>%n Plätze je Reihe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 seats a row</source>
        <translation>%1 bis %2 Plätze je Reihe</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>The curve is between 0 and 1, and the front row has at least 2 seats.</source>
        <translation>Die Krümmung liegt zwischen 0 und 1, und die erste Reihe hat mindestens 2 Plätze.</translation>
    </message>
    <message>
        <source>Drag from the first seat to the last</source>
        <translation>Vom ersten bis zum letzten Platz ziehen</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>Width %1</source>
        <translation>Breite %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message numerus="yes">
        <source>Add a block of %n seat(s)</source>
        <translation>
            <numerusform>Block mit %n Platz hinzufügen</numerusform>
            <numerusform>Block mit %n Plätzen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the text in the tool options first.</source>
        <translation>Geben Sie zuerst den Text in den Werkzeugoptionen ein.</translation>
    </message>
    <message>
        <source>%1 is not an SVG drawing that can be read.</source>
        <translation>%1 ist keine lesbare SVG-Zeichnung.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
</context>
<context>
    <name>Marquee::StudioWindow</name>
    <message>
        <source>New layout</source>
        <translation>Neuer Saalplan</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>x %1  y %2</source>
        <translation>x %1  y %2</translation>
    </message>
    <message>
        <source>%1 px a seat</source>
        <translation>%1 px je Platz</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Auswählen und verschieben</translation>
    </message>
    <message>
        <source>Straight &amp;block</source>
        <translation>Gerader &amp;Block</translation>
    </message>
    <message>
        <source>Drag a block of straight rows</source>
        <translation>Einen Block gerader Reihen aufziehen</translation>
    </message>
    <message>
        <source>&amp;Curved block</source>
        <translation>&amp;Gebogener Block</translation>
    </message>
    <message>
        <source>Place a block of curved rows</source>
        <translation>Einen Block gebogener Reihen platzieren</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Reihe</translation>
    </message>
    <message>
        <source>Drag a row from its first seat to its last</source>
        <translation>Eine Reihe vom ersten bis zum letzten Platz ziehen</translation>
    </message>
    <message>
        <source>S&amp;ingle seat</source>
        <translation>&amp;Einzelplatz</translation>
    </message>
    <message>
        <source>Click to add a seat</source>
        <translation>Klicken, um einen Platz hinzuzufügen</translation>
    </message>
    <message>
        <source>&amp;Aisle</source>
        <translation>Ga&amp;ng</translation>
    </message>
    <message>
        <source>Drag an aisle</source>
        <translation>Einen Gang ziehen</translation>
    </message>
    <message>
        <source>Screen or s&amp;tage</source>
        <translation>&amp;Leinwand oder Bühne</translation>
    </message>
    <message>
        <source>Drag the screen or stage</source>
        <translation>Leinwand oder Bühne ziehen</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Click to place a text</source>
        <translation>Klicken, um einen Text zu platzieren</translation>
    </message>
    <message>
        <source>&amp;Measure floor plan</source>
        <translation>Grundriss &amp;messen</translation>
    </message>
    <message>
        <source>Drag between two points of the floor plan whose distance you know</source>
        <translation>Zwischen zwei Punkten des Grundrisses mit bekanntem Abstand ziehen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New layout</source>
        <translation>&amp;Neuer Saalplan</translation>
    </message>
    <message>
        <source>New from a c&amp;opy of this layout</source>
        <translation>Neu als &amp;Kopie dieses Saalplans</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Import CSV seat &amp;list…</source>
        <translation>CSV-Sitz&amp;liste importieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export CS&amp;V seat list…</source>
        <translation>Als CS&amp;V-Sitzliste exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF plan…</source>
        <translation>Plan als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export SV&amp;G plan…</source>
        <translation>Plan als SV&amp;G exportieren…</translation>
    </message>
    <message>
        <source>&amp;Floor plan…</source>
        <translation>G&amp;rundriss…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Nichts auswählen</translation>
    </message>
    <message>
        <source>Select ro&amp;w</source>
        <translation>Rei&amp;he auswählen</translation>
    </message>
    <message>
        <source>Select s&amp;ection</source>
        <translation>&amp;Bereich auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Snap to grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>F&amp;loor plan</source>
        <translation>&amp;Grundriss</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Mo&amp;ve with the mouse</source>
        <translation>Mit der Maus &amp;verschieben</translation>
    </message>
    <message>
        <source>S&amp;cale…</source>
        <translation>&amp;Skalieren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Saalplan</translation>
    </message>
    <message>
        <source>&amp;Renumber…</source>
        <translation>Neu &amp;nummerieren…</translation>
    </message>
    <message>
        <source>Edit &amp;label</source>
        <translation>&amp;Bezeichnung bearbeiten</translation>
    </message>
    <message>
        <source>Select one seat, or seats of one row, to edit its label.</source>
        <translation>Wählen Sie einen Platz oder Plätze einer Reihe aus, um die Bezeichnung zu bearbeiten.</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Drehen…</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;anticlockwise</source>
        <translation>15° &amp;gegen den Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;clockwise</source>
        <translation>15° im &amp;Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation>&amp;Ausrichten</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Oben</translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation>&amp;Unten</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>&amp;Verteilen</translation>
    </message>
    <message>
        <source>&amp;Horizontally</source>
        <translation>&amp;Waagerecht</translation>
    </message>
    <message>
        <source>&amp;Vertically</source>
        <translation>&amp;Senkrecht</translation>
    </message>
    <message>
        <source>&amp;Wheelchair space</source>
        <translation>&amp;Rollstuhlplatz</translation>
    </message>
    <message>
        <source>Com&amp;panion seat</source>
        <translation>Begleit&amp;platz</translation>
    </message>
    <message>
        <source>Re&amp;stricted view</source>
        <translation>&amp;Sichtbehinderung</translation>
    </message>
    <message>
        <source>&amp;Blocked (never for sale)</source>
        <translation>Gesperr&amp;t (nie im Verkauf)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation>Werkzeugoptionen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Tool options</source>
        <translation>&amp;Werkzeugoptionen</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>C&amp;ategories</source>
        <translation>Kategor&amp;ien</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Statisti&amp;cs</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>%1[*] – Layout studio</source>
        <translation>%1[*] – Saalplan-Studio</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Saalplan speichern</translation>
    </message>
    <message>
        <source>Layouts (*.json)</source>
        <translation>Saalpläne (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import layout</source>
        <translation>Saalplan importieren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a layout this studio reads:
%2</source>
        <translation>%1 ist kein Saalplan, den dieses Studio lesen kann:
%2</translation>
    </message>
    <message>
        <source>Import CSV seat list</source>
        <translation>CSV-Sitzliste importieren</translation>
    </message>
    <message>
        <source>Seat lists (*.csv *.txt)</source>
        <translation>Sitzlisten (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1 hat %n Problem; es wurde nichts importiert.</numerusform>
            <numerusform>%1 hat %n Probleme; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Export CSV seat list</source>
        <translation>Als CSV-Sitzliste exportieren</translation>
    </message>
    <message>
        <source>Seat lists (*.csv)</source>
        <translation>Sitzlisten (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF plan</source>
        <translation>Plan als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export SVG plan</source>
        <translation>Plan als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Grundriss</translation>
    </message>
    <message>
        <source>Plans (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Pläne (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Scale the plan: View &gt; Floor plan &gt; Measure, then drag between two points whose distance you know.</source>
        <translation>Skalieren Sie den Plan: Ansicht &gt; Grundriss &gt; Grundriss messen, dann zwischen zwei Punkten mit bekanntem Abstand ziehen.</translation>
    </message>
    <message>
        <source>Scale floor plan</source>
        <translation>Grundriss skalieren</translation>
    </message>
    <message>
        <source>Layout units per pixel of the plan:</source>
        <translation>Saalplan-Einheiten je Pixel des Plans:</translation>
    </message>
    <message>
        <source>metres (a seat is %1 m wide)</source>
        <translation>Meter (ein Platz ist %1 m breit)</translation>
    </message>
    <message>
        <source>seat widths (layout units)</source>
        <translation>Platzbreiten (Saalplan-Einheiten)</translation>
    </message>
    <message>
        <source>How far apart are these two points?</source>
        <translation>Wie weit liegen diese beiden Punkte auseinander?</translation>
    </message>
    <message>
        <source>&amp;Distance:</source>
        <translation>&amp;Abstand:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <source>The clipboard holds no seats this studio can paste: %1</source>
        <translation>Die Zwischenablage enthält keine Plätze, die dieses Studio einfügen kann: %1</translation>
    </message>
    <message>
        <source>Select the rows or seats to renumber first.</source>
        <translation>Wählen Sie zuerst die Reihen oder Plätze aus, die neu nummeriert werden sollen.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Degrees, clockwise:</source>
        <translation>Grad im Uhrzeigersinn:</translation>
    </message>
    <message>
        <source>Layout studio</source>
        <translation>Saalplan-Studio</translation>
    </message>
    <message>
        <source>The layout studio is for managers and admins; %1 is a %2.</source>
        <translation>Das Saalplan-Studio ist für Manager und Admins; %1 ist %2.</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Mein Pass&amp;wort ändern…</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketMailer</name>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Reihe %1, Platz %2</translation>
    </message>
    <message>
        <source>Your tickets for %1</source>
        <translation>Ihre Tickets für %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Thank you for your booking. Your tickets are attached as a PDF: show them at the door, printed or on your phone.</source>
        <translation>Vielen Dank für Ihre Buchung. Ihre Tickets finden Sie als PDF im Anhang: Zeigen Sie sie am Einlass vor, ausgedruckt oder auf dem Handy.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Ticket code: %1</source>
        <translation>Ticketcode: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation>Buchungsnummer: %1</translation>
    </message>
    <message>
        <source>Enjoy the show!</source>
        <translation>Viel Vergnügen bei der Vorstellung!</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketOutput</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Tickets printed on %1.</source>
        <translation>Tickets gedruckt auf %1.</translation>
    </message>
    <message>
        <source>No ticket printer is set up, and the tickets could not be saved as PDF.</source>
        <translation>Kein Ticketdrucker eingerichtet, und die Tickets konnten nicht als PDF gespeichert werden.</translation>
    </message>
    <message>
        <source>Printing failed (%1), and the tickets could not be saved as PDF.</source>
        <translation>Drucken fehlgeschlagen (%1), und die Tickets konnten nicht als PDF gespeichert werden.</translation>
    </message>
    <message>
        <source>No ticket printer is set up: tickets saved as PDF %1</source>
        <translation>Kein Ticketdrucker eingerichtet: Tickets als PDF gespeichert: %1</translation>
    </message>
    <message>
        <source>Printing failed (%1): tickets saved as PDF %2</source>
        <translation>Drucken fehlgeschlagen (%1): Tickets als PDF gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketRenderer</name>
    <message>
        <source>Auditorium</source>
        <translation>Saal</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>(no QR code)</source>
        <translation>(kein QR-Code)</translation>
    </message>
    <message>
        <source>Show this ticket at the entrance. Valid for one admission.</source>
        <translation>Bitte dieses Ticket am Einlass vorzeigen. Gültig für einen Eintritt.</translation>
    </message>
    <message>
        <source>No printer or file to print to.</source>
        <translation>Kein Drucker und keine Datei zum Drucken angegeben.</translation>
    </message>
    <message>
        <source>Cannot print: the printer or file is not available.</source>
        <translation>Drucken nicht möglich: Drucker oder Datei nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>Neue Seite kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Drucken fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1 (auth. %2)</source>
        <translation>%1 (Gen.-Nr. %2)</translation>
    </message>
    <message>
        <source>  Tendered</source>
        <translation>  Gegeben</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation>Vielen Dank für Ihren Besuch.</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Schichtabschluss</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message numerus="yes">
        <source>Sales (%n)</source>
        <translation>
            <numerusform>Verkauf (%n)</numerusform>
            <numerusform>Verkäufe (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n)</source>
        <translation>
            <numerusform>Erstattung (%n)</numerusform>
            <numerusform>Erstattungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>No payments in this shift.</source>
        <translation>Keine Zahlungen in dieser Schicht.</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Gesamtsaldo</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>Verkaufte Tickets</translation>
    </message>
    <message>
        <source>Tickets refunded</source>
        <translation>Erstattete Tickets</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Signature: ______________________</source>
        <translation>Unterschrift: ______________________</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>There are no tickets to print.</source>
        <translation>Es gibt keine Tickets zum Drucken.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>Z report (shift closed)</source>
        <translation>Z-Bericht (Schicht abgeschlossen)</translation>
    </message>
    <message>
        <source>X report (shift open)</source>
        <translation>X-Bericht (Schicht offen)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassenlade</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Erwartetes Bargeld</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 Fehlbetrag</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 Überschuss</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Paid back in cash</source>
        <translation>Bar ausgezahlt</translation>
    </message>
    <message>
        <source>Back to the card</source>
        <translation>Auf die Karte zurück</translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation>Erstattet gesamt</translation>
    </message>
    <message>
        <source>Customer&apos;s signature: ______________</source>
        <translation>Unterschrift Kunde: ______________</translation>
    </message>
    <message>
        <source>Refunded %1: give it back to the customer.</source>
        <translation>%1 erstattet: Geben Sie es dem Kunden zurück.</translation>
    </message>
    <message>
        <source>Refunded: hand back %1 in cash.</source>
        <translation>Erstattet: %1 bar zurückgeben.</translation>
    </message>
    <message>
        <source>Refunded: %1 goes back to the card; no cash to hand back.</source>
        <translation>Erstattet: %1 gehen auf die Karte zurück; kein Bargeld zurückzugeben.</translation>
    </message>
    <message>
        <source>Refunded: hand back %1 in cash; %2 goes back to the card.</source>
        <translation>Erstattet: %1 bar zurückgeben; %2 gehen auf die Karte zurück.</translation>
    </message>
    <message>
        <source>Category, ticket</source>
        <translation>Kategorie, Ticket</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>Marquee::TitleDialog</name>
    <message>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>FSK 12, PG-13</source>
        <translation>FSK 12, PG-13</translation>
    </message>
    <message>
        <source>OV, 3D</source>
        <translation>OV, 3D</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>&amp;Age rating:</source>
        <translation>&amp;Altersfreigabe:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Fassung:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Enter the title&apos;s name.</source>
        <translation>Geben Sie den Namen des Titels ein.</translation>
    </message>
    <message>
        <source>The description has at most %1 characters.</source>
        <translation>Die Beschreibung hat höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Marquee::TitlesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Age rating</source>
        <translation>Altersfreigabe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>&amp;New title…</source>
        <translation>&amp;Neuer Titel…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Aus dem &amp;Archiv holen</translation>
    </message>
    <message>
        <source>Loading the titles…</source>
        <translation>Titel werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s).</source>
        <translation>
            <numerusform>%n Titel.</numerusform>
            <numerusform>%n Titel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Title %1 created.</source>
        <translation>Titel %1 angelegt.</translation>
    </message>
    <message>
        <source>Title %1 saved (archived).</source>
        <translation>Titel %1 gespeichert (archiviert).</translation>
    </message>
    <message>
        <source>Title %1 saved.</source>
        <translation>Titel %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Marquee::ToolOptionsPanel</name>
    <message>
        <source>Click to add a seat: it joins the row beside it, or starts a row of its own.</source>
        <translation>Klicken, um einen Platz hinzuzufügen: Er kommt in die Reihe daneben oder beginnt eine eigene Reihe.</translation>
    </message>
    <message>
        <source>Drag between two points of the floor plan whose distance you know, then type that distance.</source>
        <translation>Zwischen zwei Punkten des Grundrisses mit bekanntem Abstand ziehen, dann den Abstand eingeben.</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Click, shift-click or drag a frame to select; drag the selection to move it; the arrow keys move it by the grid (shift: ten steps). Double-click a seat to select its row.</source>
        <translation>Klicken, Umschalt-Klick oder einen Rahmen ziehen wählt aus; die Auswahl ziehen verschiebt sie; die Pfeiltasten verschieben sie um ein Rasterfeld (Umschalt: zehn). Doppelklick auf einen Platz wählt seine Reihe.</translation>
    </message>
    <message>
        <source>Drag a rectangle: its size decides the rows and seats. A click places the counts below.</source>
        <translation>Ein Rechteck aufziehen: Seine Größe bestimmt Reihen und Plätze. Ein Klick platziert die Anzahl unten.</translation>
    </message>
    <message>
        <source>&amp;Stagger every second row</source>
        <translation>Jede &amp;zweite Reihe versetzen</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Reihen:</translation>
    </message>
    <message>
        <source>Seats a ro&amp;w:</source>
        <translation>Plätze je Rei&amp;he:</translation>
    </message>
    <message>
        <source>Click the front row&apos;s middle; drag away from the stage for more rows. Rows further back hold more seats.</source>
        <translation>Auf die Mitte der ersten Reihe klicken; von der Bühne weg ziehen für mehr Reihen. Weiter hinten haben die Reihen mehr Plätze.</translation>
    </message>
    <message>
        <source>By radius and span</source>
        <translation>Nach Radius und Öffnungswinkel</translation>
    </message>
    <message>
        <source>By curve and front row</source>
        <translation>Nach Krümmung und erster Reihe</translation>
    </message>
    <message>
        <source>Front ra&amp;dius:</source>
        <translation>&amp;Vorderer Radius:</translation>
    </message>
    <message>
        <source>S&amp;pan:</source>
        <translation>Ö&amp;ffnungswinkel:</translation>
    </message>
    <message>
        <source>C&amp;urve (0–1):</source>
        <translation>Kr&amp;ümmung (0–1):</translation>
    </message>
    <message>
        <source>Front row &amp;seats:</source>
        <translation>Plätze der &amp;ersten Reihe:</translation>
    </message>
    <message>
        <source>Drag from the first seat to the last.</source>
        <translation>Vom ersten bis zum letzten Platz ziehen.</translation>
    </message>
    <message>
        <source>Seats from the len&amp;gth</source>
        <translation>Plätze aus der &amp;Länge</translation>
    </message>
    <message>
        <source>&amp;Number of seats:</source>
        <translation>Anzahl der &amp;Plätze:</translation>
    </message>
    <message>
        <source>C&amp;urve (−1–1):</source>
        <translation>Kr&amp;ümmung (−1–1):</translation>
    </message>
    <message>
        <source>Drag along the aisle&apos;s middle.</source>
        <translation>Entlang der Mitte des Gangs ziehen.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>Brei&amp;te:</translation>
    </message>
    <message>
        <source>Drag from one end to the other; a click moves it.</source>
        <translation>Von einem Ende zum anderen ziehen; ein Klick verschiebt sie.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Leinwand</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Type the text, then click where it goes.</source>
        <translation>Den Text eingeben, dann an seine Stelle klicken.</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <source>Seat pitc&amp;h:</source>
        <translation>Pla&amp;tzabstand:</translation>
    </message>
    <message>
        <source>R&amp;ow pitch:</source>
        <translation>Reihenabsta&amp;nd:</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Nummerierung</translation>
    </message>
    <message>
        <source>A … Z, AA, BB …</source>
        <translation>A … Z, AA, BB …</translation>
    </message>
    <message>
        <source>A … Z, AA, AB …</source>
        <translation>A … Z, AA, AB …</translation>
    </message>
    <message>
        <source>1, 2, 3 …</source>
        <translation>1, 2, 3 …</translation>
    </message>
    <message>
        <source>Skip I and O</source>
        <translation>I und O auslassen</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Von rechts nach links</translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation>Ungerade und gerade von der Mitte aus</translation>
    </message>
    <message>
        <source>Odd on the right</source>
        <translation>Ungerade rechts</translation>
    </message>
    <message>
        <source>Odd on the left</source>
        <translation>Ungerade links</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Reihen:</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>Erste Reihe:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Plätze:</translation>
    </message>
    <message>
        <source>First seat:</source>
        <translation>Erster Platz:</translation>
    </message>
</context>
<context>
    <name>Marquee::UserDialog</name>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>&amp;Aktiv (darf sich anmelden)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>&amp;User name (to sign in):</source>
        <translation>&amp;Benutzername (zur Anmeldung):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>A&amp;nlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The server makes the first password; you see it once, after Create.</source>
        <translation>Der Server erzeugt das erste Passwort; Sie sehen es einmal, nach „Anlegen“.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt …</translation>
    </message>
    <message>
        <source>A user name has 1 to %1 characters: letters A–Z, digits, dot, underscore, hyphen.</source>
        <translation>Ein Benutzername hat 1 bis %1 Zeichen: Buchstaben A–Z, Ziffern, Punkt, Unterstrich, Bindestrich.</translation>
    </message>
    <message>
        <source>Enter the name people read.</source>
        <translation>Geben Sie den Namen ein, den andere lesen.</translation>
    </message>
</context>
<context>
    <name>Marquee::UsersPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>A manager may manage cashiers and kiosks only.</source>
        <translation>Ein Manager darf nur Kassierer und Kioske verwalten.</translation>
    </message>
    <message>
        <source>This user name is taken; choose another.</source>
        <translation>Dieser Benutzername ist vergeben; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>This user no longer exists; refresh the list.</source>
        <translation>Diesen Benutzer gibt es nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Loading the users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n Benutzer.</numerusform>
            <numerusform>%n Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (disabled)</source>
        <translation>nein (deaktiviert)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Benutzer %1 angelegt.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Benutzer %1 gespeichert.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Give %1 a new password? The old one stops working at once and %1&apos;s sessions end.</source>
        <translation>%1 ein neues Passwort geben? Das alte gilt sofort nicht mehr, und die Sitzungen von %1 enden.</translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation>Das Passwort von %1 wird zurückgesetzt …</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>Marquee::VenueSettingsDialog</name>
    <message>
        <source>Venue settings: %1</source>
        <translation>Spielstätte einstellen: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Kept free after every show for cleaning; the next show of the auditorium starts after it.</source>
        <translation>Bleibt nach jeder Vorstellung zum Reinigen frei; die nächste Vorstellung im Saal beginnt danach.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>&amp;Cleaning gap:</source>
        <translation>&amp;Reinigungspause:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Warn the box office before a hold leaves a single seat alone in a row</source>
        <translation>Kasse &amp;warnen, bevor eine Reservierung einen einzelnen Platz allein in der Reihe lässt</translation>
    </message>
    <message>
        <source>A single seat between taken seats is hard to sell. Kiosks never leave one; with this on, cashiers are asked before they do.</source>
        <translation>Ein einzelner Platz zwischen belegten Plätzen ist schwer zu verkaufen. Kioske lassen nie einen übrig; ist dies an, werden Kassierer vorher gefragt.</translation>
    </message>
</context>
<context>
    <name>Marquee::WebhookDialog</name>
    <message>
        <source>A sale is completed</source>
        <translation>Ein Verkauf ist abgeschlossen</translation>
    </message>
    <message>
        <source>Tickets are refunded</source>
        <translation>Tickets werden erstattet</translation>
    </message>
    <message>
        <source>A ticket is admitted at the door</source>
        <translation>Ein Ticket wird am Einlass entwertet</translation>
    </message>
    <message>
        <source>A show is scheduled</source>
        <translation>Eine Vorstellung wird angesetzt</translation>
    </message>
    <message>
        <source>A show is changed</source>
        <translation>Eine Vorstellung wird geändert</translation>
    </message>
    <message>
        <source>A show is cancelled</source>
        <translation>Eine Vorstellung wird abgesagt</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Active (deliver events to this endpoint)</source>
        <translation>&amp;Aktiv (Ereignisse an diesen Empfänger liefern)</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <source>16 to 200 characters</source>
        <translation>16 bis 200 Zeichen</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>Makes a random secret of %1 characters</source>
        <translation>Erzeugt ein zufälliges Geheimnis mit %1 Zeichen</translation>
    </message>
    <message>
        <source>The receiver checks each delivery&apos;s signature with this secret.</source>
        <translation>Der Empfänger prüft mit diesem Geheimnis die Signatur jeder Lieferung.</translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret; a new one signs the deliveries from now on.</source>
        <translation>Leer lassen, um das bisherige Geheimnis zu behalten; ein neues signiert die Lieferungen ab jetzt.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Copy this secret to the receiver now: Marquee does not show it again once this dialog is closed.</source>
        <translation>Kopieren Sie dieses Geheimnis jetzt zum Empfänger: Marquee zeigt es nach dem Schließen dieses Dialogs nie wieder an.</translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s address, such as https://example.org/marquee.</source>
        <translation>Geben Sie die Adresse des Empfängers ein, z. B. https://example.org/marquee.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address with a host, without a user name, password or #fragment.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse mit Host ein, ohne Benutzername, Passwort oder #Fragment.</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Wählen Sie mindestens ein Ereignis.</translation>
    </message>
    <message>
        <source>A secret has %1 to %2 characters and no control characters; Generate makes one.</source>
        <translation>Ein Geheimnis hat %1 bis %2 Zeichen und keine Steuerzeichen; „Erzeugen“ macht eines.</translation>
    </message>
</context>
<context>
    <name>Marquee::WebhooksPage</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Add webhook…</source>
        <translation>Webhook &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Recent failures: choose an endpoint above.</source>
        <translation>Letzte Fehlschläge: wählen Sie oben einen Empfänger.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Failing since %1, attempt %2, next try %3: %4</source>
        <translation>Fehlschläge seit %1, Versuch %2, nächster Versuch %3: %4</translation>
    </message>
    <message>
        <source>Only admins manage webhooks.</source>
        <translation>Nur Administratoren verwalten Webhooks.</translation>
    </message>
    <message>
        <source>This webhook no longer exists; refresh the list.</source>
        <translation>Diesen Webhook gibt es nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>A server keeps at most %1 webhooks; delete one first.</source>
        <translation>Ein Server führt höchstens %1 Webhooks; löschen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Loading the webhooks…</source>
        <translation>Webhooks werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n Webhook</numerusform>
            <numerusform>%n Webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, updated at %2.</source>
        <translation>%1, aktualisiert um %2.</translation>
    </message>
    <message>
        <source>%1, %2 failing, updated at %3.</source>
        <translation>%1, %2 mit Fehlschlägen, aktualisiert um %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (paused)</source>
        <translation>nein (pausiert)</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (Nr. %2)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>Webhook %1 saved.</source>
        <translation>Webhook %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete the webhook to %1? It receives no more events, and the events still pending for it are not delivered.</source>
        <translation>Den Webhook an %1 löschen? Er erhält keine Ereignisse mehr, und die noch ausstehenden werden nicht geliefert.</translation>
    </message>
    <message>
        <source>Deleting the webhook to %1…</source>
        <translation>Webhook an %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>The webhook to %1 was deleted.</source>
        <translation>Der Webhook an %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Recent failures: none.</source>
        <translation>Letzte Fehlschläge: keine.</translation>
    </message>
    <message>
        <source>Recent failures, newest first:</source>
        <translation>Letzte Fehlschläge, neueste zuerst:</translation>
    </message>
</context>
<context>
    <name>Marquee::WeekGridScene</name>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>im Verkauf</translation>
    </message>
    <message>
        <source>sales closed</source>
        <translation>Verkauf geschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>%1
%2, %3
%4 sold, %5 held, %6 free</source>
        <translation>%1
%2, %3
%4 verkauft, %5 reserviert, %6 frei</translation>
    </message>
    <message>
        <source>cleaning gap</source>
        <translation>Reinigungspause</translation>
    </message>
    <message numerus="yes">
        <source>Clashes with %1 (the cleaning gap of %n minute(s) included)</source>
        <translation>
            <numerusform>Überschneidet sich mit %1 (Reinigungspause von %n Minute eingerechnet)</numerusform>
            <numerusform>Überschneidet sich mit %1 (Reinigungspause von %n Minuten eingerechnet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeErrors</name>
    <message>
        <source>Only managers and admins plan the programme.</source>
        <translation>Nur Manager und Administratoren planen das Programm.</translation>
    </message>
    <message>
        <source>The show is cancelled; nothing more can be done to it.</source>
        <translation>Die Vorstellung ist abgesagt; mit ihr ist nichts mehr möglich.</translation>
    </message>
    <message>
        <source>Not found (refresh the programme): %1</source>
        <translation>Nicht gefunden (aktualisieren Sie das Programm): %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>This clashes with another show of the auditorium (the cleaning gap included).</source>
        <translation>Das überschneidet sich mit einer anderen Vorstellung in diesem Saal (Reinigungspause eingeschlossen).</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Occupancy (%)</source>
        <translation>Auslastung (%)</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Das PDF konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Occupancy per show</source>
        <translation>Auslastung je Vorstellung</translation>
    </message>
    <message>
        <source>Occupancy per film</source>
        <translation>Auslastung je Film</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Verkäufe nach Tag</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Verkäufe nach Zahlungsart</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Top shows</source>
        <translation>Top-Vorstellungen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Auditorium</source>
        <translation>Saal</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Vorstellungen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SeatItem</name>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Held by this terminal</source>
        <translation>Von dieser Kasse reserviert</translation>
    </message>
    <message>
        <source>Held by another terminal</source>
        <translation>Von anderer Kasse reserviert</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>Rollstuhlplatz</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Begleitplatz</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Sichtbehinderung</translation>
    </message>
    <message>
        <source>Not for sale</source>
        <translation>Nicht im Verkauf</translation>
    </message>
    <message>
        <source>House seat</source>
        <translation>Hausplatz</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marquee box office</source>
        <translation>Marquee Kasse</translation>
    </message>
    <message>
        <source>Server URL (ws:// or wss://).</source>
        <translation>Server-URL (ws:// oder wss://).</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation>Als dieser Benutzer anmelden.</translation>
    </message>
    <message>
        <source>Password for --user (demo only).</source>
        <translation>Passwort für --user (nur für Demos).</translation>
    </message>
    <message>
        <source>This terminal&apos;s id.</source>
        <translation>Kennung dieser Kasse.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr, es).</source>
        <translation>Sprache der Benutzeroberfläche (en, de, fr, es).</translation>
    </message>
    <message>
        <source>Save a PNG of the main window after a few seconds, then quit.</source>
        <translation>Nach einigen Sekunden ein PNG des Hauptfensters speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Open the layout studio (managers and admins) instead of the box office.</source>
        <translation>Das Saalplan-Studio (Manager und Admins) statt der Kasse öffnen.</translation>
    </message>
    <message>
        <source>Open the back office (managers and admins) instead of the box office.</source>
        <translation>Das Backoffice (Manager und Administratoren) statt der Kasse öffnen.</translation>
    </message>
    <message>
        <source>Run as the self-service kiosk (full screen; settings in the config file&apos;s kiosk group).</source>
        <translation>Als Selbstbedienungskiosk starten (Vollbild; Einstellungen in der Gruppe kiosk der Konfigurationsdatei).</translation>
    </message>
    <message>
        <source>Open the door scanner (ushers: cashiers, managers, admins) instead of the box office.</source>
        <translation>Den Einlass-Scanner öffnen (Platzanweiser: Kassierer, Manager, Admins) statt der Kasse.</translation>
    </message>
</context>
</TS>
