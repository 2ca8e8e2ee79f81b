<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Category</source>
        <translation>Kategorie</translation>
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
        <source>The layout of this auditorium cannot be shown: %1</source>
        <translation>Der Saalplan kann nicht angezeigt werden: %1</translation>
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
        <source>Marquee Demo Cinema</source>
        <translation>Marquee Demo-Kino</translation>
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
</context>
<context>
    <name>Marquee::SeatMapScene</name>
    <message>
        <source>SCREEN</source>
        <translation>LEINWAND</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>BÜHNE</translation>
    </message>
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
</context>
<context>
    <name>Marquee::SeatMapView</name>
    <message>
        <source>Offline: seat states may be out of date</source>
        <translation>Offline: Platzstatus möglicherweise nicht aktuell</translation>
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
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
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
        <source>User interface language (en, de).</source>
        <translation>Sprache der Benutzeroberfläche (en, de).</translation>
    </message>
    <message>
        <source>Save a PNG of the main window after a few seconds, then quit.</source>
        <translation>Nach einigen Sekunden ein PNG des Hauptfensters speichern, dann beenden.</translation>
    </message>
</context>
</TS>
