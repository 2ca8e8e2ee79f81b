<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Marquee::BasketWidget</name>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n seat: %1</numerusform>
            <numerusform>%n seats: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Hold %n more</source>
        <translation>
            <numerusform>&amp;Hold %n more</numerusform>
            <numerusform>&amp;Hold %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hold seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the selected seats (Alt+H, F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment (Alt+P, F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not held yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seats selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the payment can be taken when the connection is back. The seats stay held until the time runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the held seats can be released when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ConnectionBanner</name>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>Next attempt in %n s.</numerusform>
            <numerusform>Next attempt in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1 as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows and seat maps are as last seen; sign in to sell when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows and seat maps are as last seen; nothing can be sold until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutExport</name>
    <message>
        <source>Seating plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::LegendWidget</name>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a seat to add or remove it; drag to select a block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::MainWindow</name>
    <message numerus="yes">
        <source>%n seat(s) are held for a customer. Release them before quitting?</source>
        <translation>
            <numerusform>%n seat is held for a customer. Release it before quitting?</numerusform>
            <numerusform>%n seats are held for a customer. Release them before quitting?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing out releases the %n held seat(s). Sign out?</source>
        <translation>
            <numerusform>Signing out releases the %n held seat. Sign out?</numerusform>
            <numerusform>Signing out releases the %n held seats. Sign out?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This show started %n minute(s) ago.</source>
        <translation>
            <numerusform>This show started %n minute ago.</numerusform>
            <numerusform>This show started %n minutes ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the %n held seat(s) and empty the basket?</source>
        <translation>
            <numerusform>Release the %n held seat and empty the basket?</numerusform>
            <numerusform>Release the %n held seats and empty the basket?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more hold(s) of this terminal are still active; they expire by themselves.</source>
        <translation>
            <numerusform>%n more hold of this terminal is still active; it expires by itself.</numerusform>
            <numerusform>%n more holds of this terminal are still active; they expire by themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held by this terminal before were put back in the basket.</source>
        <translation>
            <numerusform>%n seat held by this terminal before was put back in the basket.</numerusform>
            <numerusform>%n seats held by this terminal before were put back in the basket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sold: %n ticket(s).</source>
        <translation>
            <numerusform>Sold: %n ticket.</numerusform>
            <numerusform>Sold: %n tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marquee Box Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a show on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole auditorium (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just taken by another terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold expired: the seats are free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them held and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales and refunds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print last tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save last tickets as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies fully after the box office restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell or release the held seats before changing the show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show has just started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout of this auditorium cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the hold: one basket, one payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: take the payment before the time runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (held by another terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available any more: %1. Nothing was added; the held seats stay held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available any more: %1. Nothing was held; the other seats are still in the basket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold has expired; hold the seats again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift of %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold cannot be extended any further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats are held again, but their price is now %1: close this and take the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in the meantime: %1. Close this and choose other seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats could not be held again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats are not held any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee Demo Cinema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets sold yet on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open at this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell or release the held seats before closing the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the total. The drawer should hold %1 (opening float %2, cash sales and refunds included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted cash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the counted cash, for example 250.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift could not be closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::NumberingDialog</name>
    <message>
        <source>Renumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber the &amp;rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A, B, C … Z, AA, BB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A, B, C … Z, AA, AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 2, 3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip I and O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber the &amp;seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd numbers on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd numbers on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;dd side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seat n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::PaymentDialog</name>
    <message numerus="yes">
        <source>Sale %1: %n ticket(s)</source>
        <translation>
            <numerusform>Sale %1: %n ticket</numerusform>
            <numerusform>Sale %1: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit card + cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tendered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole amount, %1, is charged on the card terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;rd part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;sh part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash te&amp;ndered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay ca&amp;sh instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold the same seats again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding the seats again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: use one decimal separator and no grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short: the amount tendered is less than the amount due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card and cash parts add up to %1, not to the amount due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash tendered is less than the cash part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the card terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert, tap or swipe the card on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing the sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined. The seats are still held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal did not answer. The seats are still held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1, authorisation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold ran out before the sale: the seats are no longer reserved. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats are no longer held: close this and select them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats held for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats are no longer reserved for this customer. Hold them again to take the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the payment to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::PrinterSettingsDialog</name>
    <message>
        <source>&amp;Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: save the tickets as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is installed on this computer: tickets are saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tickets &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This printer is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test ticket: if you can read this, the printer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test ticket sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test print failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ProblemsPanel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: ready to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::SalesDialog</name>
    <message numerus="yes">
        <source>%n sale(s) found.</source>
        <translation>
            <numerusform>%n sale found.</numerusform>
            <numerusform>%n sales found.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refund ticked tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code or sale number (scan or type), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale / seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the refund (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the tickets to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale is past the cashier&apos;s refund window: a manager must approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapScene</name>
    <message>
        <source>SCREEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1, row %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline: may be out of date)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapView</name>
    <message>
        <source>Offline: seat states may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ServerConnection</name>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal made an invalid request (%1); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a show by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the search: to the list of shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected (or first) show and go to its seat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day, next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the nearest seat in that direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the seat to the selection, or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in, zoom out, whole auditorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the selected seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash, card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay; after the sale: Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift (report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the last tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ShowPicker</name>
    <message numerus="yes">
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n show</numerusform>
            <numerusform>%n shows</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free · Held · Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditorium %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no shows of this day were seen on this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: shows as last seen at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: shows as last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: shows as last seen at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: shows as last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SignInDialog</name>
    <message>
        <source>Sign in to Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee Box Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws://host:port, or wss://host:port for an encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash in the drawer when your shift starts. Only used when no shift is open at this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will be signed in as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening float is an amount such as 150.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::StatisticsPanel</name>
    <message>
        <source>Wheelchair spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (not for sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::TicketOutput</name>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket printer is set up, and the tickets could not be saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed (%1), and the tickets could not be saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket printer is set up: tickets saved as PDF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed (%1): tickets saved as PDF %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::TicketRenderer</name>
    <message numerus="yes">
        <source>Sales (%n)</source>
        <translation>
            <numerusform>Sales (%n)</numerusform>
            <numerusform>Sales (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n)</source>
        <translation>
            <numerusform>Refunds (%n)</numerusform>
            <numerusform>Refunds (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no QR code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this ticket at the entrance. Valid for one admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer or file to print to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print: the printer or file is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (auth. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report (shift closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report (shift open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments in this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid back in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature: ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1: give it back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: hand back %1 in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: %1 goes back to the card; no cash to hand back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: hand back %1 in cash; %2 goes back to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tickets to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatItem</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by another terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Server URL (ws:// or wss://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for --user (demo only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window after a few seconds, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee box office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
