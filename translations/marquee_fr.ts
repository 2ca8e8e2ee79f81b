<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Marquee::AuditPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>U&amp;tilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ction&#xa0;:</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Réservation expirée</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Caisse ouverte</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Caisse clôturée</translation>
    </message>
    <message>
        <source>Venue created</source>
        <translation>Établissement créé</translation>
    </message>
    <message>
        <source>Venue renamed</source>
        <translation>Établissement renommé</translation>
    </message>
    <message>
        <source>Auditorium created</source>
        <translation>Salle créée</translation>
    </message>
    <message>
        <source>Auditorium renamed</source>
        <translation>Salle renommée</translation>
    </message>
    <message>
        <source>Layout uploaded</source>
        <translation>Plan de salle envoyé</translation>
    </message>
    <message>
        <source>Layout draft saved</source>
        <translation>Brouillon de plan de salle enregistré</translation>
    </message>
    <message>
        <source>Layout draft discarded</source>
        <translation>Brouillon de plan de salle abandonné</translation>
    </message>
    <message>
        <source>Layout published</source>
        <translation>Plan de salle publié</translation>
    </message>
    <message>
        <source>Show moved to another layout</source>
        <translation>Séance déplacée vers un autre plan de salle</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Utilisateur modifié</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Connexion bloquée</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) of “%1” free again: %2 (held at terminal %3 until %4)</source>
        <translation>
            <numerusform>%n place de «&#xa0;%1&#xa0;» de nouveau libre&#xa0;: %2 (réservée à la caisse %3 jusqu’à %4)</numerusform>
            <numerusform>%n places de «&#xa0;%1&#xa0;» de nouveau libres&#xa0;: %2 (réservées à la caisse %3 jusqu’à %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Vente %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d’audit n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed; older ones match too.</source>
        <translation>
            <numerusform>%n entrée affichée&#xa0;; des entrées plus anciennes correspondent aussi.</numerusform>
            <numerusform>%n entrées affichées&#xa0;; des entrées plus anciennes correspondent aussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed.</source>
        <translation>
            <numerusform>%n entrée affichée.</numerusform>
            <numerusform>%n entrées affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>(server)</source>
        <translation>(serveur)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sale %1: %n ticket(s), %2, at terminal %3: %4</source>
        <translation>
            <numerusform>Vente %1&#xa0;: %n billet, %2, à la caisse %3&#xa0;: %4</numerusform>
            <numerusform>Vente %1&#xa0;: %n billets, %2, à la caisse %3&#xa0;: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Title created</source>
        <translation>Titre créé</translation>
    </message>
    <message>
        <source>Title changed</source>
        <translation>Titre modifié</translation>
    </message>
    <message>
        <source>Venue settings changed</source>
        <translation>Paramètres de l’établissement modifiés</translation>
    </message>
    <message>
        <source>Show scheduled</source>
        <translation>Séance programmée</translation>
    </message>
    <message>
        <source>Show moved</source>
        <translation>Séance déplacée</translation>
    </message>
    <message>
        <source>Show status changed</source>
        <translation>Statut de la séance modifié</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Séance annulée</translation>
    </message>
    <message>
        <source>Show refunded</source>
        <translation>Séance remboursée</translation>
    </message>
    <message>
        <source>Shows copied</source>
        <translation>Séances copiées</translation>
    </message>
    <message>
        <source>Seats blocked</source>
        <translation>Places bloquées</translation>
    </message>
    <message>
        <source>Seats released</source>
        <translation>Places libérées</translation>
    </message>
    <message>
        <source>Ticket type created</source>
        <translation>Tarif créé</translation>
    </message>
    <message>
        <source>Ticket type changed</source>
        <translation>Tarif modifié</translation>
    </message>
    <message>
        <source>Price card created</source>
        <translation>Grille tarifaire créée</translation>
    </message>
    <message>
        <source>Price card changed</source>
        <translation>Grille tarifaire modifiée</translation>
    </message>
    <message>
        <source>Price card deleted</source>
        <translation>Grille tarifaire supprimée</translation>
    </message>
    <message>
        <source>Show&apos;s price card changed</source>
        <translation>Grille tarifaire de la séance modifiée</translation>
    </message>
    <message>
        <source>Counted %1, expected %2, difference %3, at terminal %4</source>
        <translation>Compté %1, attendu %2, écart %3, à la caisse %4</translation>
    </message>
    <message>
        <source>Opening float %1 at terminal %2</source>
        <translation>Fond de caisse %1 à la caisse %2</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1, rôle %2</translation>
    </message>
    <message>
        <source>Card payment started</source>
        <translation>Paiement par carte commencé</translation>
    </message>
    <message>
        <source>Card payment approved</source>
        <translation>Paiement par carte accepté</translation>
    </message>
    <message>
        <source>Card sale refused</source>
        <translation>Vente par carte refusée</translation>
    </message>
    <message>
        <source>Card payment given back</source>
        <translation>Paiement par carte restitué</translation>
    </message>
    <message>
        <source>Card not charged</source>
        <translation>Carte non débitée</translation>
    </message>
    <message>
        <source>Unfinished card sale settled</source>
        <translation>Vente par carte en suspens réglée</translation>
    </message>
    <message>
        <source>%1, card terminal reference %2</source>
        <translation>%1, référence du terminal de paiement %2</translation>
    </message>
    <message>
        <source>The sale of hold %1 was completed with the card payments taken</source>
        <translation>La vente de la réservation %1 a été conclue avec les paiements par carte déjà encaissés</translation>
    </message>
    <message>
        <source>The card payments for hold %1 were given back</source>
        <translation>Les paiements par carte de la réservation %1 ont été restitués</translation>
    </message>
</context>
<context>
    <name>Marquee::BackOfficeWindow</name>
    <message>
        <source>Marquee back office</source>
        <translation>Marquee – Back-office</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>The back office is for managers and admins; %1 is a %2.</source>
        <translation>Le back-office est réservé aux responsables et aux administrateurs&#xa0;; %1 a le rôle %2.</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programmation</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
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
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Payer…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>No seats selected</source>
        <translation>Aucune place sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n place&#xa0;: %1</numerusform>
            <numerusform>%n places&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Held for %1:%2</source>
        <translation>Réservation&#xa0;: encore %1:%2</translation>
    </message>
    <message>
        <source>Offline: the payment can be taken when the connection is back. The seats stay held until the time runs out.</source>
        <translation>Hors ligne&#xa0;: le paiement pourra être encaissé au retour de la connexion. Les places restent réservées jusqu’à la fin du délai.</translation>
    </message>
    <message>
        <source>Offline: the held seats can be released when the connection is back</source>
        <translation>Hors ligne&#xa0;: les places réservées pourront être libérées au retour de la connexion</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>Pr&amp;olonger</translation>
    </message>
    <message>
        <source>Hold the selected seats (Alt+H, F5)</source>
        <translation>Réserver les places sélectionnées (Alt+R, F5)</translation>
    </message>
    <message>
        <source>Take payment (Alt+P, F9)</source>
        <translation>Encaisser le paiement (Alt+P, F9)</translation>
    </message>
    <message>
        <source>%1 (not held yet)</source>
        <translation>%1 (pas encore réservée)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Hold %n more</source>
        <translation>
            <numerusform>&amp;Réserver %n de plus</numerusform>
            <numerusform>&amp;Réserver %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>With a seat selected, 1-9 pick its ticket type (Alt+1-9 anywhere)</source>
        <translation>Une place étant sélectionnée, 1 à 9 choisissent son tarif (Alt+1 à 9 partout)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Marquee::CancelShowDialog</name>
    <message>
        <source>Cancel show</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>projector broken</source>
        <translation>projecteur en panne</translation>
    </message>
    <message numerus="yes">
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;? Its holds are released and nothing more is sold; %n ticket(s) sold can then be refunded.</source>
        <translation>
            <numerusform>Annuler &lt;b&gt;%1&lt;/b&gt;&#xa0;? Ses réservations sont libérées et plus rien n’est vendu&#xa0;; %n billet vendu pourra ensuite être remboursé.</numerusform>
            <numerusform>Annuler &lt;b&gt;%1&lt;/b&gt;&#xa0;? Ses réservations sont libérées et plus rien n’est vendu&#xa0;; %n billets vendus pourront ensuite être remboursés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel the &amp;show</source>
        <translation>Annuler la &amp;séance</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Say why the show is cancelled.</source>
        <translation>Indiquez pourquoi la séance est annulée.</translation>
    </message>
</context>
<context>
    <name>Marquee::CategoriesPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;ouleur…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Paint selection</source>
        <translation>&amp;Appliquer à la sélection</translation>
    </message>
    <message>
        <source>Give the selected seats this category (or double-click it)</source>
        <translation>Attribuer cette catégorie aux places sélectionnées (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Renommer la catégorie</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2 characters. Your other sessions end; this one stays signed in.</source>
        <translation>De %1 à %2 caractères. Vos autres connexions sont fermées&#xa0;; celle-ci reste ouverte.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The new password must have %1 to %2 characters.</source>
        <translation>Le nouveau mot de passe doit comporter de %1 à %2 caractères.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Modification du mot de passe…</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The server refused the new password: %1</source>
        <translation>Le serveur a refusé le nouveau mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>Le mot de passe n’a pas été modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying.</source>
        <translation>Impossible de joindre %1&#xa0;: %2&#xa0;; nouvelle tentative en cours.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>Prochaine tentative dans %n s.</numerusform>
            <numerusform>Prochaine tentative dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in as %1 as soon as the server answers.</source>
        <translation>Connexion en tant que %1 dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>Shows and seat maps are as last seen; sign in to sell when the server answers.</source>
        <translation>Séances et plans de salle tels que vus en dernier&#xa0;; connectez-vous pour vendre dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>Shows and seat maps are as last seen; nothing can be sold until the connection is back.</source>
        <translation>Séances et plans de salle tels que vus en dernier&#xa0;; aucune vente n’est possible avant le retour de la connexion.</translation>
    </message>
    <message>
        <source>Connected to %1, not signed in.</source>
        <translation>Connecté à %1, non identifié.</translation>
    </message>
</context>
<context>
    <name>Marquee::CopyShowsDialog</name>
    <message>
        <source>Copy week</source>
        <translation>Copier la semaine</translation>
    </message>
    <message>
        <source>Copy day</source>
        <translation>Copier la journée</translation>
    </message>
    <message>
        <source>To the &amp;week of:</source>
        <translation>Vers la &amp;semaine du&#xa0;:</translation>
    </message>
    <message>
        <source>To the &amp;day:</source>
        <translation>Vers le &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copies every show of the week of %1 to the week of %2, as scheduled (not on sale).</source>
        <translation>Copie toutes les séances de la semaine du %1 vers la semaine du %2, comme programmées (pas en vente).</translation>
    </message>
    <message>
        <source>Copies every show of %1 to %2, as scheduled (not on sale).</source>
        <translation>Copie toutes les séances du %1 vers le %2, comme programmées (pas en vente).</translation>
    </message>
    <message>
        <source>Choose another day than the one copied.</source>
        <translation>Choisissez un autre jour que celui copié.</translation>
    </message>
    <message>
        <source>Copy at most a year ahead or back.</source>
        <translation>Copiez au plus un an en avant ou en arrière.</translation>
    </message>
    <message>
        <source>&amp;From the week of:</source>
        <translation>&amp;Depuis la semaine du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From the day:</source>
        <translation>&amp;Depuis le jour&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorScanner</name>
    <message>
        <source>Not a ticket code</source>
        <translation>Pas un code de billet</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer.</source>
        <translation>Le serveur a donné une réponse inattendue.</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorWindow</name>
    <message>
        <source>Marquee door</source>
        <translation>Marquee contrôle d’entrée</translation>
    </message>
    <message>
        <source>Admitting for:</source>
        <translation>Entrée pour :</translation>
    </message>
    <message>
        <source>&amp;Ticket code:</source>
        <translation>Code du &amp;billet :</translation>
    </message>
    <message>
        <source>Scan a ticket, or type its code and press Enter</source>
        <translation>Scannez un billet, ou tapez son code et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation>&amp;Son</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Scannez un billet</translation>
    </message>
    <message>
        <source>Door %1, signed in as %2</source>
        <translation>Entrée %1, connecté en tant que %2</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Rang %1, place %2</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Place %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1 le %2 à %3</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The server cannot be reached: the scan goes as soon as it is back.</source>
        <translation>Le serveur est injoignable : le scan part dès son retour.</translation>
    </message>
    <message>
        <source>Not signed in: the scan goes once someone signs in.</source>
        <translation>Personne n’est connecté : le scan part dès qu’une personne se connecte.</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation>à %1 (%2)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Already admitted</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>This ticket was refunded.</source>
        <translation>Ce billet a été remboursé.</translation>
    </message>
    <message>
        <source>Wrong show</source>
        <translation>Mauvaise séance</translation>
    </message>
    <message>
        <source>The ticket is for another show.</source>
        <translation>Le billet est pour une autre séance.</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Séance annulée</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Billet inconnu</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>Aucun billet ne porte ce code.</translation>
    </message>
    <message>
        <source>This user may not admit tickets: sign in as a cashier, manager or admin.</source>
        <translation>Cet utilisateur ne peut pas valider d’entrées : connectez-vous comme caissier, responsable ou administrateur.</translation>
    </message>
    <message>
        <source>The door&apos;s show no longer exists: choose another show.</source>
        <translation>La séance de cette entrée n’existe plus : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Signed out: sign in again, then scan the ticket again.</source>
        <translation>Déconnecté : reconnectez-vous, puis scannez le billet à nouveau.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Check the ticket by hand, or scan it again.</source>
        <translation>Vérifiez le billet à la main ou scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>Any show today</source>
        <translation>Toute séance d’aujourd’hui</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>%1 of %2 admitted</source>
        <translation>%1 sur %2 entrés</translation>
    </message>
    <message>
        <source>%1 of %2 admitted today</source>
        <translation>%1 sur %2 entrés aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) waiting for the server</source>
        <translation>
            <numerusform>%n scan en attente du serveur</numerusform>
            <numerusform>%n scans en attente du serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>en attente du serveur</translation>
    </message>
    <message>
        <source>admitted, row %1, seat %2</source>
        <translation>entré, rang %1, place %2</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>entré</translation>
    </message>
    <message>
        <source>already admitted at %1</source>
        <translation>déjà entré à %1</translation>
    </message>
    <message>
        <source>already admitted</source>
        <translation>déjà entré</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>wrong show</source>
        <translation>mauvaise séance</translation>
    </message>
    <message>
        <source>show cancelled</source>
        <translation>séance annulée</translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation>billet inconnu</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Contrôle d’entrée</translation>
    </message>
    <message>
        <source>The door is for ushers signed in as a cashier, manager or admin; %1 is a %2.</source>
        <translation>Le contrôle d’entrée est pour les placeurs connectés comme caissier, responsable ou administrateur ; %1 est un %2.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskExitDialog</name>
    <message>
        <source>Staff only: leave kiosk mode</source>
        <translation>Réservé au personnel : quitter le mode borne</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>Code PIN de sortie</translation>
    </message>
    <message>
        <source>Or a manager&apos;s sign-in</source>
        <translation>Ou la connexion d&apos;un responsable</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <source>No exit PIN is set up on this kiosk; a manager can sign in.</source>
        <translation>Aucun code PIN de sortie n&apos;est configuré sur cette borne ; un responsable peut se connecter.</translation>
    </message>
    <message>
        <source>Wrong PIN. The kiosk stays locked.</source>
        <translation>Code PIN erroné. La borne reste verrouillée.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The server did not answer. The kiosk stays locked.</source>
        <translation>Le serveur n&apos;a pas répondu. La borne reste verrouillée.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can leave kiosk mode. The kiosk stays locked.</source>
        <translation>Seul un responsable ou un administrateur peut quitter le mode borne. La borne reste verrouillée.</translation>
    </message>
    <message>
        <source>Wrong user name or password. The kiosk stays locked.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe erroné. La borne reste verrouillée.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskWindow</name>
    <message>
        <source>Your seats were released. Please choose again.</source>
        <translation>Vos places ont été libérées. Veuillez choisir à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>Nouveau départ dans %n seconde.</numerusform>
            <numerusform>Nouveau départ dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Touch a film to buy tickets</source>
        <translation>Touchez un film pour acheter des billets</translation>
    </message>
    <message>
        <source>Temporarily unavailable.
Please buy your tickets at the box office.</source>
        <translation>Momentanément indisponible.
Veuillez acheter vos billets à la caisse.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Choisissez une séance</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>How many tickets?</source>
        <translation>Combien de billets ?</translation>
    </message>
    <message>
        <source>Choose seats</source>
        <translation>Choisir les places</translation>
    </message>
    <message>
        <source>♿ I need a wheelchair space</source>
        <translation>♿ J&apos;ai besoin d&apos;une place pour fauteuil roulant</translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation>Vos places</translation>
    </message>
    <message>
        <source>Your seats are marked green with a tick. Tap another free seat to move, or tap one of yours to give it back.</source>
        <translation>Vos places sont en vert avec une coche. Touchez une autre place libre pour changer, ou l&apos;une des vôtres pour la rendre.</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Payer par carte</translation>
    </message>
    <message>
        <source>Thank you! Enjoy the show.</source>
        <translation>Merci ! Bonne séance.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>The connection was interrupted. Please wait…</source>
        <translation>La connexion a été interrompue. Veuillez patienter…</translation>
    </message>
    <message>
        <source>No more shows today.</source>
        <translation>Plus de séances aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 at %2 in %3</source>
        <translation>%1 à %2, salle %3</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>%n place libre</numerusform>
            <numerusform>%n places libres</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n tickets per purchase here; for more, please go to the box office.</source>
        <translation>
            <numerusform>%n billet au plus par achat ici ; pour plus, adressez-vous à la caisse.</numerusform>
            <numerusform>%n billets au plus par achat ici ; pour plus, adressez-vous à la caisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n billet</numerusform>
            <numerusform>%n billets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorry, there are not enough free seats for %n people in this show.</source>
        <translation>
            <numerusform>Désolé, il n&apos;y a pas assez de places libres pour %n personne à cette séance.</numerusform>
            <numerusform>Désolé, il n&apos;y a pas assez de places libres pour %n personnes à cette séance.</numerusform>
        </translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Un instant, s&apos;il vous plaît…</translation>
    </message>
    <message>
        <source>Sorry, that seat is taken. Please choose a free one.</source>
        <translation>Désolé, cette place est prise. Veuillez en choisir une libre.</translation>
    </message>
    <message>
        <source>Please don&apos;t leave a single seat empty on its own between others. Your seats have not changed.</source>
        <translation>Veuillez ne pas laisser une place isolée vide entre d&apos;autres. Vos places n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>Sorry, someone else has just taken that seat. Your seats have not changed.</source>
        <translation>Désolé, quelqu&apos;un vient de prendre cette place. Vos places n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Your seats have not changed.</source>
        <translation>Désolé, cela n&apos;a pas fonctionné. Vos places n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>Finding the best seats…</source>
        <translation>Recherche des meilleures places…</translation>
    </message>
    <message numerus="yes">
        <source>Tap %n more free seat(s).</source>
        <translation>
            <numerusform>Touchez encore %n place libre.</numerusform>
            <numerusform>Touchez encore %n places libres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>Continuer vers le paiement</translation>
    </message>
    <message>
        <source>Pay %1 by card</source>
        <translation>Payer %1 par carte</translation>
    </message>
    <message>
        <source>Follow the instructions on the card terminal.</source>
        <translation>Suivez les instructions du terminal de paiement.</translation>
    </message>
    <message>
        <source>Insert, tap or swipe your card on the card terminal.</source>
        <translation>Insérez, approchez ou glissez votre carte sur le terminal de paiement.</translation>
    </message>
    <message>
        <source>Authorising…</source>
        <translation>Autorisation en cours…</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Accepté.</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Refusé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Your card was declined; nothing was charged. You can try again or use another card.</source>
        <translation>Votre carte a été refusée ; rien n&apos;a été débité. Vous pouvez réessayer ou utiliser une autre carte.</translation>
    </message>
    <message>
        <source>The card terminal did not answer; nothing was charged. Please try again.</source>
        <translation>Le terminal de paiement n&apos;a pas répondu ; rien n&apos;a été débité. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Sorry, the time for your seats ran out and they were released. Please start over.</source>
        <translation>Désolé, le délai pour vos places est écoulé et elles ont été libérées. Veuillez recommencer.</translation>
    </message>
    <message>
        <source>The payment could not be confirmed. If your card was charged, please ask at the box office.</source>
        <translation>Le paiement n&apos;a pas pu être confirmé. Si votre carte a été débitée, adressez-vous à la caisse.</translation>
    </message>
    <message numerus="yes">
        <source>Please take your %n ticket(s) from the printer below.</source>
        <translation>
            <numerusform>Veuillez prendre votre billet dans l&apos;imprimante ci-dessous.</numerusform>
            <numerusform>Veuillez prendre vos %n billets dans l&apos;imprimante ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photograph your %n ticket(s): the QR code is your ticket at the door.</source>
        <translation>
            <numerusform>Photographiez votre billet : le code QR est votre billet à l&apos;entrée.</numerusform>
            <numerusform>Photographiez vos %n billets : le code QR est votre billet à l&apos;entrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Rang %1, place %2</translation>
    </message>
    <message>
        <source>today %1, %2</source>
        <translation>aujourd&apos;hui %1, %2</translation>
    </message>
    <message>
        <source>tomorrow %1, %2</source>
        <translation>demain %1, %2</translation>
    </message>
    <message>
        <source>E-mail my tickets (optional):</source>
        <translation>Recevoir mes billets par e-mail (facultatif) :</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Please check it, or leave the field empty.</source>
        <translation>Ce n’est pas une adresse e-mail. Vérifiez-la ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Your tickets are on their way to %1.</source>
        <translation>Vos billets sont en route vers %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutBrowser</name>
    <message>
        <source>scheduled</source>
        <translation>programmée</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>en vente</translation>
    </message>
    <message>
        <source>sales closed</source>
        <translation>ventes closes</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;New layout</source>
        <translation>&amp;Nouveau plan</translation>
    </message>
    <message>
        <source>&amp;Move shows onto this version…</source>
        <translation>&amp;Migrer les séances vers cette version…</translation>
    </message>
    <message>
        <source>New &amp;auditorium…</source>
        <translation>Nouvelle s&amp;alle…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Venues and layouts</source>
        <translation>Établissements et plans de salle</translation>
    </message>
    <message>
        <source>Venue / auditorium</source>
        <translation>Établissement / salle</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Plan de salle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Shows using it</source>
        <translation>Séances qui l’utilisent</translation>
    </message>
    <message>
        <source>New &amp;venue…</source>
        <translation>Nouvel établi&amp;ssement…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message numerus="yes">
        <source>version %1 · %n seat(s)</source>
        <translation>
            <numerusform>version %1 · %n place</numerusform>
            <numerusform>version %1 · %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>no layout yet</source>
        <translation>pas encore de plan de salle</translation>
    </message>
    <message>
        <source>No venues yet: create one with “New venue…”.</source>
        <translation>Aucun établissement pour l’instant&#xa0;: créez-en un avec «&#xa0;Nouvel établissement…&#xa0;».</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft (revision %1)</source>
        <translation>Brouillon (révision %1)</translation>
    </message>
    <message>
        <source>saved by %1, %2</source>
        <translation>enregistré par %1, %2</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nouvel établissement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>&amp;Devise (ISO 4217)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Venue “%1” created.</source>
        <translation>Établissement «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>New auditorium</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <source>Name of the new auditorium in %1:</source>
        <translation>Nom de la nouvelle salle de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Auditorium “%1” created: draw its layout with “New layout”.</source>
        <translation>Salle «&#xa0;%1&#xa0;» créée&#xa0;: dessinez son plan avec «&#xa0;Nouveau plan&#xa0;».</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutDocument</name>
    <message numerus="yes">
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>Déplacer %n place</numerusform>
            <numerusform>Déplacer %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n seat(s)</source>
        <translation>
            <numerusform>Faire pivoter %n place</numerusform>
            <numerusform>Faire pivoter %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n item(s)</source>
        <translation>
            <numerusform>Faire pivoter %n élément</numerusform>
            <numerusform>Faire pivoter %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n seat(s)</source>
        <translation>
            <numerusform>Aligner %n place</numerusform>
            <numerusform>Aligner %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n item(s)</source>
        <translation>
            <numerusform>Aligner %n élément</numerusform>
            <numerusform>Aligner %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n seat(s)</source>
        <translation>
            <numerusform>Répartir %n place</numerusform>
            <numerusform>Répartir %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n item(s)</source>
        <translation>
            <numerusform>Répartir %n élément</numerusform>
            <numerusform>Répartir %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>Supprimer %n place</numerusform>
            <numerusform>Supprimer %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n seat(s)</source>
        <translation>
            <numerusform>Dupliquer %n place</numerusform>
            <numerusform>Dupliquer %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Dupliquer %n élément</numerusform>
            <numerusform>Dupliquer %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n seat(s)</source>
        <translation>
            <numerusform>Coller %n place</numerusform>
            <numerusform>Coller %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>A layout holds at most %1 seats.</source>
        <translation>Un plan de salle comporte au plus %1 places.</translation>
    </message>
    <message numerus="yes">
        <source>Give %n seat(s) the category %1</source>
        <translation>
            <numerusform>Attribuer la catégorie %1 à %n place</numerusform>
            <numerusform>Attribuer la catégorie %1 à %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) wheelchair spaces</source>
        <translation>
            <numerusform>Transformer %n place en emplacement fauteuil roulant</numerusform>
            <numerusform>Transformer %n places en emplacements fauteuil roulant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n wheelchair space(s) seats</source>
        <translation>
            <numerusform>Transformer %n emplacement fauteuil roulant en place assise</numerusform>
            <numerusform>Transformer %n emplacements fauteuil roulant en places assises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) companion seats</source>
        <translation>
            <numerusform>Transformer %n place en place accompagnateur</numerusform>
            <numerusform>Transformer %n places en places accompagnateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) no companion seats</source>
        <translation>
            <numerusform>Retirer le statut accompagnateur de %n place</numerusform>
            <numerusform>Retirer le statut accompagnateur de %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n seat(s) restricted view</source>
        <translation>
            <numerusform>Marquer %n place à visibilité réduite</numerusform>
            <numerusform>Marquer %n places à visibilité réduite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear restricted view of %n seat(s)</source>
        <translation>
            <numerusform>Retirer la visibilité réduite de %n place</numerusform>
            <numerusform>Retirer la visibilité réduite de %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Block %n seat(s)</source>
        <translation>
            <numerusform>Bloquer %n place</numerusform>
            <numerusform>Bloquer %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %n seat(s)</source>
        <translation>
            <numerusform>Débloquer %n place</numerusform>
            <numerusform>Débloquer %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n seat(s)</source>
        <translation>
            <numerusform>Renuméroter %n place</numerusform>
            <numerusform>Renuméroter %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>Label seat %1</source>
        <translation>Nommer la place %1</translation>
    </message>
    <message>
        <source>Label row %1</source>
        <translation>Nommer le rang %1</translation>
    </message>
    <message>
        <source>Rename section to %1</source>
        <translation>Renommer la section en %1</translation>
    </message>
    <message>
        <source>A layout&apos;s name has 1 to %1 printable characters.</source>
        <translation>Le nom d’un plan de salle comporte de 1 à %1 caractères imprimables.</translation>
    </message>
    <message>
        <source>Rename layout to %1</source>
        <translation>Renommer le plan de salle en %1</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Nouvelle catégorie %1</translation>
    </message>
    <message>
        <source>Rename category to %1</source>
        <translation>Renommer la catégorie en %1</translation>
    </message>
    <message>
        <source>Recolour category %1</source>
        <translation>Changer la couleur de la catégorie %1</translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation>Retirer la catégorie %1</translation>
    </message>
    <message>
        <source>A layout has at most %1 sections.</source>
        <translation>Un plan de salle comporte au plus %1 sections.</translation>
    </message>
    <message numerus="yes">
        <source>Add a row of %n seat(s)</source>
        <translation>
            <numerusform>Ajouter un rang de %n place</numerusform>
            <numerusform>Ajouter un rang de %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a seat</source>
        <translation>Ajouter une place</translation>
    </message>
    <message>
        <source>Add an aisle</source>
        <translation>Ajouter une allée</translation>
    </message>
    <message>
        <source>Aisle %1</source>
        <translation>Allée %1</translation>
    </message>
    <message>
        <source>The screen or stage needs a position and a positive width.</source>
        <translation>L’écran ou la scène doit avoir une position et une largeur positive.</translation>
    </message>
    <message>
        <source>Place the screen</source>
        <translation>Placer l’écran</translation>
    </message>
    <message>
        <source>Place the stage</source>
        <translation>Placer la scène</translation>
    </message>
    <message>
        <source>Add the text %1</source>
        <translation>Ajouter le texte %1</translation>
    </message>
    <message>
        <source>Change the text %1</source>
        <translation>Modifier le texte %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) as best</source>
        <translation>
            <numerusform>Marquer %n rang comme meilleur</numerusform>
            <numerusform>Marquer %n rangs comme meilleurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n best row(s)</source>
        <translation>
            <numerusform>Retirer la marque de %n meilleur rang</numerusform>
            <numerusform>Retirer la marque de %n meilleurs rangs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutExport</name>
    <message>
        <source>Seating plan</source>
        <translation>Plan de salle</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>Seating plan of %1</source>
        <translation>Plan de salle de %1</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>le SVG n’a pas pu être commencé</translation>
    </message>
</context>
<context>
    <name>Marquee::LegendWidget</name>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnée</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>pas de prix</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Click a seat to add or remove it; drag to select a block</source>
        <translation>Cliquez sur une place pour l’ajouter ou la retirer&#xa0;; faites glisser pour sélectionner un bloc</translation>
    </message>
</context>
<context>
    <name>Marquee::LiveSeatMap</name>
    <message>
        <source>The layout of this auditorium cannot be shown: %1</source>
        <translation>Le plan de cette salle ne peut pas être affiché&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::MainWindow</name>
    <message>
        <source>Marquee Box Office</source>
        <translation>Marquee Billetterie</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Pick a show on the left</source>
        <translation>Choisissez une séance à gauche</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole auditorium (0)</source>
        <translation>Afficher toute la salle (0)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The session ended; sign in again.</source>
        <translation>La session a pris fin&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Just taken by another terminal: %1</source>
        <translation>Prises à l’instant par une autre caisse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hold expired: the seats are free again.</source>
        <translation>La réservation a expiré&#xa0;: les places sont de nouveau libres.</translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation>&amp;Billetterie</translation>
    </message>
    <message>
        <source>&amp;Sales and refunds…</source>
        <translation>&amp;Ventes et remboursements…</translation>
    </message>
    <message>
        <source>&amp;Print last tickets…</source>
        <translation>&amp;Imprimer les derniers billets…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se déc&amp;onnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies fully after the box office restarts.</source>
        <translation>La nouvelle langue s’appliquera entièrement après le redémarrage de la billetterie.</translation>
    </message>
    <message>
        <source>Connected, not signed in</source>
        <translation>Connecté, non identifié</translation>
    </message>
    <message>
        <source>Sell or release the held seats before changing the show.</source>
        <translation>Vendez ou libérez les places réservées avant de changer de séance.</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Rang %1, place %2</translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation>Réservation…</translation>
    </message>
    <message>
        <source>Held: take the payment before the time runs out.</source>
        <translation>Réservées&#xa0;: encaissez le paiement avant la fin du délai.</translation>
    </message>
    <message>
        <source>%1 (sold)</source>
        <translation>%1 (vendue)</translation>
    </message>
    <message>
        <source>%1 (held by another terminal)</source>
        <translation>%1 (réservée par une autre caisse)</translation>
    </message>
    <message>
        <source>Not available any more: %1. Nothing was held; the other seats are still in the basket.</source>
        <translation>Plus disponible&#xa0;: %1. Rien n’a été réservé&#xa0;; les autres places sont toujours dans le panier.</translation>
    </message>
    <message>
        <source>Could not hold: %1</source>
        <translation>Réservation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Released.</source>
        <translation>Libérées.</translation>
    </message>
    <message>
        <source>The hold is gone: %1</source>
        <translation>La réservation n’existe plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The hold cannot be extended any further.</source>
        <translation>La réservation ne peut plus être prolongée.</translation>
    </message>
    <message>
        <source>Extended.</source>
        <translation>Prolongée.</translation>
    </message>
    <message>
        <source>Sale %1 complete.</source>
        <translation>Vente %1 terminée.</translation>
    </message>
    <message>
        <source>No tickets sold yet on this terminal.</source>
        <translation>Aucun billet n’a encore été vendu sur cette caisse.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Rapport de caisse</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Billetterie</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are held for a customer. Release them before quitting?</source>
        <translation>
            <numerusform>%n place est réservée pour un client. La libérer avant de quitter&#xa0;?</numerusform>
            <numerusform>%n places sont réservées pour un client. Les libérer avant de quitter&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release and quit</source>
        <translation>&amp;Libérer et quitter</translation>
    </message>
    <message>
        <source>&amp;Keep them held and quit</source>
        <translation>&amp;Garder réservé et quitter</translation>
    </message>
    <message>
        <source>Shift &amp;report…</source>
        <translation>&amp;Rapport de caisse…</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>&amp;Clôturer la caisse…</translation>
    </message>
    <message>
        <source>Save last tickets as P&amp;DF…</source>
        <translation>Enregistrer les derniers billets en P&amp;DF…</translation>
    </message>
    <message numerus="yes">
        <source>Signing out releases the %n held seat(s). Sign out?</source>
        <translation>
            <numerusform>La déconnexion libère la place réservée (%n). Se déconnecter&#xa0;?</numerusform>
            <numerusform>La déconnexion libère les %n places réservées. Se déconnecter&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ticket printer…</source>
        <translation>&amp;Imprimante de billets…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Raccourcis clavier…</translation>
    </message>
    <message>
        <source>This show has just started.</source>
        <translation>Cette séance vient de commencer.</translation>
    </message>
    <message numerus="yes">
        <source>This show started %n minute(s) ago.</source>
        <translation>
            <numerusform>Cette séance a commencé il y a %n minute.</numerusform>
            <numerusform>Cette séance a commencé il y a %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the hold…</source>
        <translation>Ajout à la réservation…</translation>
    </message>
    <message>
        <source>Added to the hold: one basket, one payment.</source>
        <translation>Ajoutées à la réservation&#xa0;: un seul panier, un seul paiement.</translation>
    </message>
    <message>
        <source>Not available any more: %1. Nothing was added; the held seats stay held.</source>
        <translation>Plus disponible&#xa0;: %1. Rien n’a été ajouté&#xa0;; les places réservées le restent.</translation>
    </message>
    <message>
        <source>The hold has expired; hold the seats again.</source>
        <translation>La réservation a expiré&#xa0;; réservez de nouveau les places.</translation>
    </message>
    <message numerus="yes">
        <source>Release the %n held seat(s) and empty the basket?</source>
        <translation>
            <numerusform>Libérer la place réservée (%n) et vider le panier&#xa0;?</numerusform>
            <numerusform>Libérer les %n places réservées et vider le panier&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>shift since %1</source>
        <translation>caisse ouverte depuis %1</translation>
    </message>
    <message>
        <source>shift of %1 since %2</source>
        <translation>caisse de %1 ouverte depuis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more hold(s) of this terminal are still active; they expire by themselves.</source>
        <translation>
            <numerusform>%n autre réservation de cette caisse est encore active&#xa0;; elle expirera d’elle-même.</numerusform>
            <numerusform>%n autres réservations de cette caisse sont encore actives&#xa0;; elles expireront d’elles-mêmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held by this terminal before were put back in the basket.</source>
        <translation>
            <numerusform>%n place réservée auparavant par cette caisse a été remise dans le panier.</numerusform>
            <numerusform>%n places réservées auparavant par cette caisse ont été remises dans le panier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seats are held again, but their price is now %1: close this and take the payment again.</source>
        <translation>Les places sont de nouveau réservées, mais leur prix est maintenant de %1&#xa0;: fermez cette fenêtre et encaissez de nouveau.</translation>
    </message>
    <message>
        <source>Taken in the meantime: %1. Close this and choose other seats.</source>
        <translation>Prises entre-temps&#xa0;: %1. Fermez cette fenêtre et choisissez d’autres places.</translation>
    </message>
    <message>
        <source>The seats could not be held again: %1</source>
        <translation>Les places n’ont pas pu être réservées de nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The seats are not held any more.</source>
        <translation>Les places ne sont plus réservées.</translation>
    </message>
    <message numerus="yes">
        <source>Sold: %n ticket(s).</source>
        <translation>
            <numerusform>Vendu&#xa0;: %n billet.</numerusform>
            <numerusform>Vendu&#xa0;: %n billets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation>Enregistrer les billets en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No shift is open at this terminal.</source>
        <translation>Aucune caisse n’est ouverte sur ce poste.</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Clôturer la caisse</translation>
    </message>
    <message>
        <source>Sell or release the held seats before closing the shift.</source>
        <translation>Vendez ou libérez les places réservées avant de clôturer la caisse.</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the total. The drawer should hold %1 (opening float %2, cash sales and refunds included).</source>
        <translation>Comptez les espèces du tiroir-caisse et saisissez le total. Le tiroir devrait contenir %1 (fond de caisse %2, ventes et remboursements en espèces compris).</translation>
    </message>
    <message>
        <source>&amp;Counted cash:</source>
        <translation>Espèces &amp;comptées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the counted cash, for example 250.00.</source>
        <translation>Saisissez les espèces comptées, par exemple 250,00.</translation>
    </message>
    <message>
        <source>The shift could not be closed: %1</source>
        <translation>La caisse n’a pas pu être clôturée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>É&amp;tablissement</translation>
    </message>
    <message>
        <source>&amp;Layouts…</source>
        <translation>&amp;Plans de salle…</translation>
    </message>
    <message>
        <source>The seating plan of this show has changed; the map shows the new plan.</source>
        <translation>Le plan de salle de cette séance a changé&#xa0;; la carte affiche le nouveau plan.</translation>
    </message>
    <message>
        <source>&amp;Back office…</source>
        <translation>&amp;Back-office…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>This show has been cancelled: no more sales.</source>
        <translation>Cette séance a été annulée&#xa0;: plus aucune vente.</translation>
    </message>
    <message>
        <source>Sales for this show are closed.</source>
        <translation>Les ventes de cette séance sont closes.</translation>
    </message>
    <message>
        <source>This show is not on sale yet.</source>
        <translation>Cette séance n’est pas encore en vente.</translation>
    </message>
    <message>
        <source>Could not change the ticket type: %1</source>
        <translation>Le tarif n’a pas pu être modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>How many seats &quot;Best&quot; chooses</source>
        <translation>Nombre de places que « Meilleures » choisit</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleures</translation>
    </message>
    <message>
        <source>Choose and hold the best free seats for this many people, side by side where possible (Ctrl+B)</source>
        <translation>Choisir et réserver les meilleures places libres pour ce nombre de personnes, côte à côte si possible (Ctrl+B)</translation>
    </message>
    <message>
        <source>Pay for or release the held seats before choosing the best ones.</source>
        <translation>Payez ou libérez d’abord les places réservées avant de choisir les meilleures.</translation>
    </message>
    <message numerus="yes">
        <source>There are no %n free seats for this show.</source>
        <translation>
            <numerusform>Il n’y a pas %n place libre pour cette séance.</numerusform>
            <numerusform>Il n’y a pas %n places libres pour cette séance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %n seats side by side: the best seats are spread over %1 rows.</source>
        <translation>
            <numerusform>Pas %n place libre : les meilleures places sont réparties sur %1 rangs.</numerusform>
            <numerusform>Pas %n places côte à côte : les meilleures places sont réparties sur %1 rangs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding these seats leaves %1 alone in its row, where it is hard to sell. Hold them anyway?</source>
        <translation>Réserver ces places laisse %1 isolée dans son rang, difficile à vendre. Réserver quand même ?</translation>
    </message>
    <message>
        <source>Not held: choose seats that leave no single seat alone (%1).</source>
        <translation>Non réservé : choisissez des places qui ne laissent aucune place isolée (%1).</translation>
    </message>
</context>
<context>
    <name>Marquee::NumberingDialog</name>
    <message>
        <source>Renumber</source>
        <translation>Renuméroter</translation>
    </message>
    <message>
        <source>Renumber the &amp;rows</source>
        <translation>Renuméroter les &amp;rangs</translation>
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
        <translation>St&amp;yle&#xa0;:</translation>
    </message>
    <message>
        <source>First &amp;letter:</source>
        <translation>Première &amp;lettre&#xa0;:</translation>
    </message>
    <message>
        <source>First row &amp;number:</source>
        <translation>&amp;Numéro du premier rang&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;kip I and O</source>
        <translation>&amp;Sauter I et O</translation>
    </message>
    <message>
        <source>Renumber the &amp;seats</source>
        <translation>Renuméroter les &amp;places</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation>Impairs et pairs à partir du centre</translation>
    </message>
    <message>
        <source>Odd numbers on the right</source>
        <translation>Numéros impairs à droite</translation>
    </message>
    <message>
        <source>Odd numbers on the left</source>
        <translation>Numéros impairs à gauche</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;dd side:</source>
        <translation>Côté &amp;impair&#xa0;:</translation>
    </message>
    <message>
        <source>First seat n&amp;umber:</source>
        <translation>N&amp;uméro de la première place&#xa0;:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rangs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Places&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::PasswordShownDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write this password down now or copy it.&lt;/b&gt; It is shown only this once: the server keeps no copy. Give it to %1, who should change it after the first sign-in.</source>
        <translation>&lt;b&gt;Notez ce mot de passe maintenant ou copiez-le.&lt;/b&gt; Il n’est affiché que cette fois&#xa0;: le serveur n’en garde aucune copie. Remettez-le à %1, qui devra le changer après sa première connexion.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Marquee::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Espèces</translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation>C&amp;arte</translation>
    </message>
    <message>
        <source>S&amp;plit card + cash</source>
        <translation>&amp;Mixte carte + espèces</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation>Montant remis</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>Appoint %1</translation>
    </message>
    <message>
        <source>&amp;Tendered:</source>
        <translation>&amp;Remis&#xa0;:</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <source>The whole amount, %1, is charged on the card terminal.</source>
        <translation>La totalité du montant, %1, est débitée sur le terminal de paiement.</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Appoint</translation>
    </message>
    <message>
        <source>Ca&amp;rd part:</source>
        <translation>Part &amp;carte&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;sh part:</source>
        <translation>Part e&amp;spèces&#xa0;:</translation>
    </message>
    <message>
        <source>Cash te&amp;ndered:</source>
        <translation>Espèces rem&amp;ises&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Pay ca&amp;sh instead</source>
        <translation>Payer en espèces à la &amp;place</translation>
    </message>
    <message>
        <source>C&amp;hange payment</source>
        <translation>C&amp;hanger de paiement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: use one decimal separator and no grouping.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant&#xa0;: utilisez un seul séparateur décimal et aucun séparateur de milliers.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Les montants ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>Il n’y a rien à payer.</translation>
    </message>
    <message>
        <source>%1 short: the amount tendered is less than the amount due.</source>
        <translation>Il manque %1&#xa0;: le montant remis est inférieur au montant dû.</translation>
    </message>
    <message>
        <source>The card and cash parts add up to %1, not to the amount due.</source>
        <translation>Les parts carte et espèces font %1 au total, et non le montant dû.</translation>
    </message>
    <message>
        <source>The cash tendered is less than the cash part.</source>
        <translation>Les espèces remises sont inférieures à la part espèces.</translation>
    </message>
    <message>
        <source>Card terminal…</source>
        <translation>Terminal de paiement…</translation>
    </message>
    <message>
        <source>Waiting for the card terminal.</source>
        <translation>En attente du terminal de paiement.</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>Enregistrement de la vente…</translation>
    </message>
    <message>
        <source>Present card</source>
        <translation>Présentez la carte</translation>
    </message>
    <message>
        <source>Insert, tap or swipe the card on the terminal.</source>
        <translation>Insérez, approchez ou glissez la carte sur le terminal.</translation>
    </message>
    <message>
        <source>Authorising…</source>
        <translation>Autorisation…</translation>
    </message>
    <message>
        <source>Waiting for the bank.</source>
        <translation>En attente de la banque.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Completing the sale…</source>
        <translation>Finalisation de la vente…</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal.</source>
        <translation>Le paiement a été annulé sur le terminal.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>Monnaie à rendre&#xa0;: %1</translation>
    </message>
    <message>
        <source>The card was declined. The seats are still held.</source>
        <translation>La carte a été refusée. Les places sont toujours réservées.</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>The card terminal did not answer. The seats are still held.</source>
        <translation>Le terminal de paiement n’a pas répondu. Les places sont toujours réservées.</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>Le paiement a été annulé.</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Échec du paiement</translation>
    </message>
    <message numerus="yes">
        <source>Sale %1: %n ticket(s)</source>
        <translation>
            <numerusform>Vente %1&#xa0;: %n billet</numerusform>
            <numerusform>Vente %1&#xa0;: %n billets</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1, authorisation %2</source>
        <translation>Carte %1, autorisation %2</translation>
    </message>
    <message>
        <source>The seats are no longer held: close this and select them again.</source>
        <translation>Les places ne sont plus réservées&#xa0;: fermez cette fenêtre et sélectionnez-les de nouveau.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Wait for the payment to finish.</source>
        <translation>Attendez la fin du paiement.</translation>
    </message>
    <message>
        <source>&amp;Hold the same seats again</source>
        <translation>&amp;Réserver de nouveau les mêmes places</translation>
    </message>
    <message>
        <source>Holding the seats again…</source>
        <translation>Nouvelle réservation des places…</translation>
    </message>
    <message>
        <source>The hold ran out before the sale: the seats are no longer reserved. Nothing was charged.</source>
        <translation>La réservation a expiré avant la vente&#xa0;: les places ne sont plus réservées. Rien n’a été débité.</translation>
    </message>
    <message>
        <source>The hold has expired</source>
        <translation>La réservation a expiré</translation>
    </message>
    <message>
        <source>Seats held for %1:%2</source>
        <translation>Places réservées encore %1:%2</translation>
    </message>
    <message>
        <source>The seats are no longer reserved for this customer. Hold them again to take the payment.</source>
        <translation>Les places ne sont plus réservées pour ce client. Réservez-les de nouveau pour encaisser le paiement.</translation>
    </message>
    <message>
        <source>The seats are gone</source>
        <translation>Les places ont été prises</translation>
    </message>
    <message>
        <source>optional: the tickets are sent there</source>
        <translation>facultatif : les billets y sont envoyés</translation>
    </message>
    <message>
        <source>&amp;E-mail tickets to:</source>
        <translation>Billets par &amp;e-mail à :</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.org); correct it or leave the field empty.</source>
        <translation>Ce n’est pas une adresse e-mail (nom@example.org) ; corrigez-la ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>The tickets are on their way to %1.</source>
        <translation>Les billets sont en route vers %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::PlanItems</name>
    <message>
        <source>SCREEN</source>
        <translation>ÉCRAN</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>SCÈNE</translation>
    </message>
</context>
<context>
    <name>Marquee::PricesPage</name>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation>N&amp;ote…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>&amp;Enregistrer la grille</translation>
    </message>
    <message>
        <source>&amp;Delete card</source>
        <translation>&amp;Supprimer la grille</translation>
    </message>
    <message>
        <source>Name of the card, such as &quot;Evening&quot;</source>
        <translation>Nom de la grille, par exemple «&#xa0;Soirée&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Nouvelle grille</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Grille&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Categories of:</source>
        <translation>Catégories de&#xa0;:</translation>
    </message>
    <message>
        <source>Price card (amounts in major units; empty: not offered)</source>
        <translation>Grille tarifaire (montants en unités, p. ex. 9,50&#xa0;; vide&#xa0;: non proposé)</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>The venue has another one of this name; choose another.</source>
        <translation>L’établissement a déjà un élément de ce nom&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message numerus="yes">
        <source>Shows that have not ended use this card (%n show(s)); give them another card first.</source>
        <translation>
            <numerusform>Des séances non terminées utilisent cette grille (%n séance)&#xa0;; attribuez-leur d’abord une autre grille.</numerusform>
            <numerusform>Des séances non terminées utilisent cette grille (%n séances)&#xa0;; attribuez-leur d’abord une autre grille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone changed this card meanwhile; refresh and make your change again.</source>
        <translation>Quelqu’un a modifié cette grille entre-temps&#xa0;; actualisez et refaites votre modification.</translation>
    </message>
    <message>
        <source>Only managers and admins change ticket types and price cards.</source>
        <translation>Seuls les responsables et les administrateurs modifient les tarifs et les grilles tarifaires.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (utilisée)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket type(s), %1</source>
        <translation>
            <numerusform>%n tarif, %1</numerusform>
            <numerusform>%n tarifs, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price card(s).</source>
        <translation>
            <numerusform>%n grille tarifaire.</numerusform>
            <numerusform>%n grilles tarifaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The card offers this ticket type: give its price in this category too.</source>
        <translation>La grille propose ce tarif&#xa0;: indiquez aussi son prix dans cette catégorie.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are no amounts (red).</source>
        <translation>
            <numerusform>%n cellule n’est pas un montant (en rouge).</numerusform>
            <numerusform>%n cellules ne sont pas des montants (en rouge).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) missing (yellow): a card prices every ticket type it offers in every category it has.</source>
        <translation>
            <numerusform>%n prix manquant (en jaune)&#xa0;: une grille fixe le prix de chaque tarif proposé dans chacune de ses catégories.</numerusform>
            <numerusform>%n prix manquants (en jaune)&#xa0;: une grille fixe le prix de chaque tarif proposé dans chacune de ses catégories.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give at least one price.</source>
        <translation>Indiquez au moins un prix.</translation>
    </message>
    <message>
        <source>Give the card a name.</source>
        <translation>Donnez un nom à la grille.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The card %1 is saved.</source>
        <translation>La grille %1 est enregistrée.</translation>
    </message>
    <message>
        <source>The card %1 is created.</source>
        <translation>La grille %1 est créée.</translation>
    </message>
    <message>
        <source>The card %1 is deleted.</source>
        <translation>La grille %1 est supprimée.</translation>
    </message>
    <message>
        <source>The ticket type %1 is added.</source>
        <translation>Le tarif %1 est ajouté.</translation>
    </message>
    <message>
        <source>The ticket type is renamed to %1.</source>
        <translation>Le tarif est renommé en %1.</translation>
    </message>
    <message>
        <source>The note is saved.</source>
        <translation>La note est enregistrée.</translation>
    </message>
    <message>
        <source>The ticket type %1 is moved.</source>
        <translation>Le tarif %1 est déplacé.</translation>
    </message>
    <message>
        <source>The ticket type is archived: it is not sold any more.</source>
        <translation>Le tarif est archivé&#xa0;: il n’est plus vendu.</translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation>Nouveau tarif</translation>
    </message>
    <message>
        <source>Name (such as &quot;Student&quot;):</source>
        <translation>Nom (par exemple «&#xa0;Étudiant&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Note the cashier sees (such as &quot;ID required&quot;; may be empty):</source>
        <translation>Note affichée en caisse (par exemple «&#xa0;Justificatif requis&#xa0;»&#xa0;; peut être vide)&#xa0;:</translation>
    </message>
    <message>
        <source>Rename ticket type</source>
        <translation>Renommer le tarif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note the cashier sees (empty: none):</source>
        <translation>Note affichée en caisse (vide&#xa0;: aucune)&#xa0;:</translation>
    </message>
    <message>
        <source>There is no venue yet: create one in the layout studio.</source>
        <translation>Il n’y a pas encore d’établissement&#xa0;: créez-en un dans le studio de plans de salle.</translation>
    </message>
</context>
<context>
    <name>Marquee::PrinterSettingsDialog</name>
    <message>
        <source>&amp;Test print</source>
        <translation>Impression de &amp;test</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>Imprimante de billets</translation>
    </message>
    <message>
        <source>None: save the tickets as PDF</source>
        <translation>Aucune&#xa0;: enregistrer les billets en PDF</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (non installée)</translation>
    </message>
    <message>
        <source>No printer is installed on this computer: tickets are saved as PDF.</source>
        <translation>Aucune imprimante n’est installée sur cet ordinateur&#xa0;: les billets sont enregistrés en PDF.</translation>
    </message>
    <message>
        <source>Print tickets &amp;on:</source>
        <translation>Imprimer les billets &amp;sur&#xa0;:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This printer is not installed.</source>
        <translation>Cette imprimante n’est pas installée.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <source>Test ticket: if you can read this, the printer works</source>
        <translation>Billet de test&#xa0;: si vous pouvez lire ceci, l’imprimante fonctionne</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Rang %1, place %2</translation>
    </message>
    <message>
        <source>Test ticket sent to %1.</source>
        <translation>Billet de test envoyé à %1.</translation>
    </message>
    <message>
        <source>The test print failed: %1</source>
        <translation>L’impression de test a échoué&#xa0;: %1</translation>
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
        <translation>Problème</translation>
    </message>
    <message>
        <source>No problems: ready to publish</source>
        <translation>Aucun problème&#xa0;: prêt à publier</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::ProgrammePage</name>
    <message>
        <source>Show the week of this day</source>
        <translation>Afficher la semaine de ce jour</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Aujour&amp;d’hui</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Semaine &amp;suivante ▶</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Schedule show…</source>
        <translation>P&amp;rogrammer une séance…</translation>
    </message>
    <message>
        <source>Copy &amp;day…</source>
        <translation>Copier le &amp;jour…</translation>
    </message>
    <message>
        <source>Copy &amp;week…</source>
        <translation>Copier la se&amp;maine…</translation>
    </message>
    <message>
        <source>&amp;Venue settings…</source>
        <translation>&amp;Configurer l’établissement…</translation>
    </message>
    <message>
        <source>Copies the shows of the day chosen in the date picker (or of the selected show&apos;s day)</source>
        <translation>Copie les séances du jour choisi dans le calendrier (ou du jour de la séance sélectionnée)</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the programme…</source>
        <translation>Chargement de la programmation…</translation>
    </message>
    <message>
        <source>There is no venue yet: create one in the layout studio.</source>
        <translation>Il n’y a pas encore d’établissement&#xa0;: créez-en un dans le studio de plans de salle.</translation>
    </message>
    <message>
        <source>Loading the shows…</source>
        <translation>Chargement des séances…</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n show(s)</source>
        <translation>
            <numerusform>Semaine du %1&#xa0;: %n séance</numerusform>
            <numerusform>Semaine du %1&#xa0;: %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ticket(s) sold.</source>
        <translation>
            <numerusform>, %n billet vendu.</numerusform>
            <numerusform>, %n billets vendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>show %1</source>
        <translation>séance %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused: it would clash with %1 (the cleaning gap included).</source>
        <translation>Refusé&#xa0;: chevauchement avec %1 (temps de nettoyage compris).</translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>Déplacement de %1…</translation>
    </message>
    <message>
        <source>%1 now %2 to %3.</source>
        <translation>%1 désormais de %2 à %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sold: tell the buyers.</source>
        <translation>
            <numerusform>%n billet vendu&#xa0;: prévenez les acheteurs.</numerusform>
            <numerusform>%n billets vendus&#xa0;: prévenez les acheteurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on sale.</source>
        <translation>%1 est en vente.</translation>
    </message>
    <message>
        <source>Sales of %1 are closed.</source>
        <translation>Les ventes de %1 sont closes.</translation>
    </message>
    <message>
        <source>%1 is scheduled (not on sale).</source>
        <translation>%1 est programmée (pas en vente).</translation>
    </message>
    <message>
        <source>Put on &amp;sale</source>
        <translation>Mettre en &amp;vente</translation>
    </message>
    <message>
        <source>&amp;Close sales</source>
        <translation>&amp;Clore les ventes</translation>
    </message>
    <message>
        <source>&amp;Reopen sales</source>
        <translation>&amp;Rouvrir les ventes</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>C&amp;opy…</source>
        <translation>Co&amp;pier…</translation>
    </message>
    <message>
        <source>Cancel show…</source>
        <translation>Annuler la séance…</translation>
    </message>
    <message>
        <source>%1 scheduled for %2.</source>
        <translation>%1 programmée le %2.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 est annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) refunded, %1 in all.</source>
        <translation>
            <numerusform>%n vente remboursée, %1 au total.</numerusform>
            <numerusform>%n ventes remboursées, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was copied: the copies would clash with %1.</source>
        <translation>Rien n’a été copié&#xa0;: les copies chevaucheraient %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) copied.</source>
        <translation>
            <numerusform>%n séance copiée.</numerusform>
            <numerusform>%n séances copiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaning gap %n minute(s), time zone %1.</source>
        <translation>
            <numerusform>Temps de nettoyage %n minute, fuseau horaire %1.</numerusform>
            <numerusform>Temps de nettoyage %n minutes, fuseau horaire %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no show to copy from %1.</source>
        <translation>Il n’y a aucune séance à copier le %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::PropertiesPanel</name>
    <message>
        <source>Layout na&amp;me:</source>
        <translation>No&amp;m du plan de salle&#xa0;:</translation>
    </message>
    <message>
        <source>Sectio&amp;n:</source>
        <translation>Sectio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Rang&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;at:</source>
        <translation>Pl&amp;ace&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rang</numerusform>
            <numerusform>%n rangs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Best rows</source>
        <translation>&amp;Meilleurs rangs</translation>
    </message>
    <message>
        <source>The rows with the best view: best-available seats (kiosk, box office) are chosen here first.</source>
        <translation>Les rangs avec la meilleure vue : les meilleures places (borne, billetterie) sont choisies ici en premier.</translation>
    </message>
</context>
<context>
    <name>Marquee::RefundShowDialog</name>
    <message>
        <source>&amp;Refund all</source>
        <translation>Tout &amp;rembourser</translation>
    </message>
    <message>
        <source>Refunds for a cancelled show</source>
        <translation>Remboursements d’une séance annulée</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; is cancelled (%n hold(s) released).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; est annulée (%n réservation libérée).</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; est annulée (%n réservations libérées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sold, %1 in all.</source>
        <translation>
            <numerusform>%n billet vendu, %1 au total.</numerusform>
            <numerusform>%n billets vendus, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets were sold: nothing to refund.</source>
        <translation>Aucun billet n’a été vendu&#xa0;: rien à rembourser.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Say why the tickets are refunded.</source>
        <translation>Indiquez pourquoi les billets sont remboursés.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Remboursement…</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) refunded, %1 in all.</source>
        <translation>
            <numerusform>%n vente remboursée, %1 au total.</numerusform>
            <numerusform>%n ventes remboursées, %1 au total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::ReportsPage</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Éta&amp;blissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>Pér&amp;iode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation>Les établissements n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no venue yet.</source>
        <translation>Il n’y a pas encore d’établissement.</translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A report covers at most %1 days.</source>
        <translation>Un rapport couvre au plus %1 jours.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Le rapport n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); times in the venue&apos;s timezone (%1).</source>
        <translation>
            <numerusform>%n ligne&#xa0;; heures dans le fuseau horaire de l’établissement (%1).</numerusform>
            <numerusform>%n lignes&#xa0;; heures dans le fuseau horaire de l’établissement (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Il n’y a pas encore de rapport à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::SalesDialog</name>
    <message>
        <source>&amp;Refund ticked tickets</source>
        <translation>&amp;Rembourser les billets cochés</translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation>Ventes et remboursements</translation>
    </message>
    <message>
        <source>Ticket code or sale number (scan or type), then Enter</source>
        <translation>Code du billet ou numéro de vente (scanner ou saisir), puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Ch&amp;ercher</translation>
    </message>
    <message>
        <source>Recent &amp;sales</source>
        <translation>&amp;Ventes récentes</translation>
    </message>
    <message>
        <source>Sale / seat</source>
        <translation>Vente / place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason for the refund (required)</source>
        <translation>Motif du remboursement (obligatoire)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valable</translation>
    </message>
    <message>
        <source>No sale found.</source>
        <translation>Aucune vente trouvée.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) found.</source>
        <translation>
            <numerusform>%n vente trouvée.</numerusform>
            <numerusform>%n ventes trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a reason for the refund.</source>
        <translation>Saisissez un motif de remboursement.</translation>
    </message>
    <message>
        <source>Tick the tickets to refund.</source>
        <translation>Cochez les billets à rembourser.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Remboursement…</translation>
    </message>
    <message>
        <source>This sale is past the cashier&apos;s refund window: a manager must approve.</source>
        <translation>Cette vente dépasse le délai de remboursement autorisé en caisse&#xa0;: un responsable doit donner son accord.</translation>
    </message>
    <message>
        <source>Refund refused: %1</source>
        <translation>Remboursement refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Accord d’un responsable</translation>
    </message>
    <message>
        <source>Manager&apos;s user name:</source>
        <translation>Nom d’utilisateur du responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is not a manager.</source>
        <translation>%1 n’est pas responsable.</translation>
    </message>
    <message>
        <source>Approval refused: %1</source>
        <translation>Accord refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sale %1 · %2 · %3</source>
        <translation>Vente %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Rang %1, place %2</translation>
    </message>
    <message>
        <source>%1
Sold by %2 at terminal %3</source>
        <translation>%1
Vendu par %2 à la caisse %3</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapScene</name>
    <message>
        <source>Seat %1, row %2, %3</source>
        <translation>Place %1, rang %2, %3</translation>
    </message>
    <message>
        <source>Category: %1, %2</source>
        <translation>Catégorie&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1 (offline: may be out of date)</source>
        <translation>%1 (hors ligne&#xa0;: peut-être pas à jour)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapView</name>
    <message>
        <source>Offline: seat states may be out of date</source>
        <translation>Hors ligne&#xa0;: l’état des places n’est peut-être pas à jour</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatsPage</name>
    <message>
        <source>House seat</source>
        <translation>Place de protocole</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Blocked in the layout</source>
        <translation>Bloquée dans le plan de salle</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquer…</translation>
    </message>
    <message>
        <source>&amp;House seats…</source>
        <translation>Places de &amp;protocole…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Block the selected seats for this show (a camera, a broken seat)</source>
        <translation>Bloquer les places sélectionnées pour cette séance (une caméra, un fauteuil cassé)</translation>
    </message>
    <message>
        <source>Keep the selected seats as house seats, with a note</source>
        <translation>Garder les places sélectionnées comme places de protocole, avec une note</translation>
    </message>
    <message>
        <source>Release the selected blocked or house seats for sale</source>
        <translation>Remettre en vente les places bloquées ou de protocole sélectionnées</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Séance&#xa0;:</translation>
    </message>
    <message>
        <source>Blocked and house seats of this show:</source>
        <translation>Places bloquées et de protocole de cette séance&#xa0;:</translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation>Les établissements n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation>Les séances n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <source>House seats</source>
        <translation>Places de protocole</translation>
    </message>
    <message>
        <source>Block seats</source>
        <translation>Bloquer des places</translation>
    </message>
    <message>
        <source>Note (who the seats are kept for):</source>
        <translation>Note (pour qui les places sont gardées)&#xa0;:</translation>
    </message>
    <message>
        <source>Note (why they are blocked, optional):</source>
        <translation>Note (pourquoi elles sont bloquées, facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Select available seats first.</source>
        <translation>Sélectionnez d’abord des places libres.</translation>
    </message>
    <message numerus="yes">
        <source>Blocking %n seat(s)…</source>
        <translation>
            <numerusform>Blocage de %n place…</numerusform>
            <numerusform>Blocage de %n places…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n house seat(s) kept.</source>
        <translation>
            <numerusform>%n place de protocole gardée.</numerusform>
            <numerusform>%n places de protocole gardées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked.</source>
        <translation>
            <numerusform>%n place bloquée.</numerusform>
            <numerusform>%n places bloquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some seats are held, sold or blocked meanwhile; nothing was blocked.</source>
        <translation>Certaines places ont été réservées, vendues ou bloquées entre-temps&#xa0;; rien n’a été bloqué.</translation>
    </message>
    <message>
        <source>Not blocked: %1</source>
        <translation>Non bloquées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select blocked or house seats first.</source>
        <translation>Sélectionnez d’abord des places bloquées ou de protocole.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) released for sale.</source>
        <translation>
            <numerusform>%n place remise en vente.</numerusform>
            <numerusform>%n places remises en vente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>Non libérées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Rang %1, place %2</translation>
    </message>
</context>
<context>
    <name>Marquee::ServerConnection</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau inaccessible</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connexion a été perdue</translation>
    </message>
    <message>
        <source>This terminal made an invalid request (%1); nothing was sent.</source>
        <translation>Cette caisse a envoyé une requête invalide (%1)&#xa0;; rien n’a été transmis.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>La réponse du serveur n’a pas pu être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation>Plan de salle</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Billetterie</translation>
    </message>
    <message>
        <source>Search a show by title</source>
        <translation>Chercher une séance par titre</translation>
    </message>
    <message>
        <source>From the search: to the list of shows</source>
        <translation>Depuis la recherche&#xa0;: vers la liste des séances</translation>
    </message>
    <message>
        <source>Open the selected (or first) show and go to its seat map</source>
        <translation>Ouvrir la séance sélectionnée (ou la première) et aller à son plan de salle</translation>
    </message>
    <message>
        <source>Previous day, next day</source>
        <translation>Jour précédent, jour suivant</translation>
    </message>
    <message>
        <source>Move to the nearest seat in that direction</source>
        <translation>Aller à la place la plus proche dans cette direction</translation>
    </message>
    <message>
        <source>Add the seat to the selection, or remove it</source>
        <translation>Ajouter la place à la sélection ou l’en retirer</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Vider la sélection</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, whole auditorium</source>
        <translation>Zoom avant, zoom arrière, toute la salle</translation>
    </message>
    <message>
        <source>Hold the selected seats</source>
        <translation>Réserver les places sélectionnées</translation>
    </message>
    <message>
        <source>Extend the hold</source>
        <translation>Prolonger la réservation</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Libérer la réservation</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Encaisser le paiement</translation>
    </message>
    <message>
        <source>Cash, card</source>
        <translation>Espèces, carte</translation>
    </message>
    <message>
        <source>Pay; after the sale: Done</source>
        <translation>Payer&#xa0;; après la vente&#xa0;: Terminé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation>Ventes et remboursements</translation>
    </message>
    <message>
        <source>Close the shift (report)</source>
        <translation>Clôturer la caisse (rapport)</translation>
    </message>
    <message>
        <source>Print the last tickets</source>
        <translation>Imprimer les derniers billets</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Cet aperçu</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>With a seat of the basket selected: its ticket type (the first, second, … of its list)</source>
        <translation>Une place du panier étant sélectionnée&#xa0;: son tarif (le premier, le deuxième, … de sa liste)</translation>
    </message>
    <message>
        <source>The ticket type of the selected basket seat, or of the seat added last</source>
        <translation>Le tarif de la place sélectionnée dans le panier, ou de la dernière place ajoutée</translation>
    </message>
</context>
<context>
    <name>Marquee::ShowDialog</name>
    <message>
        <source>Schedule a show</source>
        <translation>Programmer une séance</translation>
    </message>
    <message>
        <source>Edit show</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Scheduled (not on sale yet)</source>
        <translation>Programmée (pas encore en vente)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message numerus="yes">
        <source>%1%2, %n min</source>
        <translation>
            <numerusform>%1%2, %n min</numerusform>
            <numerusform>%1%2, %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Auditorium:</source>
        <translation>&amp;Salle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Layout version:</source>
        <translation>&amp;Version du plan de salle&#xa0;:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prices:</source>
        <translation>&amp;Prix&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>There is no title to schedule: create one on the Titles page first.</source>
        <translation>Il n’y a aucun titre à programmer&#xa0;: créez-en d’abord un sur la page Titres.</translation>
    </message>
    <message>
        <source>Loading the layout versions…</source>
        <translation>Chargement des versions du plan de salle…</translation>
    </message>
    <message>
        <source>This auditorium has no published layout yet (layout studio).</source>
        <translation>Cette salle n’a pas encore de plan de salle publié (studio de plans de salle).</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (current): %2, %n seat(s)</source>
        <translation>
            <numerusform>Version %1 (actuelle)&#xa0;: %2, %n place</numerusform>
            <numerusform>Version %1 (actuelle)&#xa0;: %2, %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %2, %n seat(s)</source>
        <translation>
            <numerusform>Version %1&#xa0;: %2, %n place</numerusform>
            <numerusform>Version %1&#xa0;: %2, %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>The layout does not read: %1</source>
        <translation>Le plan de salle est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The show ends after it starts.</source>
        <translation>La séance doit se terminer après son début.</translation>
    </message>
    <message>
        <source>Wait for the layout&apos;s categories.</source>
        <translation>Attendez les catégories du plan de salle.</translation>
    </message>
    <message>
        <source>Prices per category (below)</source>
        <translation>Prix par catégorie (ci-dessous)</translation>
    </message>
    <message>
        <source>Keep the show&apos;s prices</source>
        <translation>Conserver les prix de la séance</translation>
    </message>
    <message>
        <source>Price &amp;card:</source>
        <translation>&amp;Grille tarifaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Marquee::ShowPicker</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Jour précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Jour suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Search title…</source>
        <translation>Chercher un titre…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Free · Held · Sold</source>
        <translation>Libres · Rés. · Vend.</translation>
    </message>
    <message>
        <source>Auditorium %1</source>
        <translation>Salle %1</translation>
    </message>
    <message>
        <source>Offline: shows as last seen</source>
        <translation>Hors ligne&#xa0;: séances telles que vues en dernier</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: no shows of this day were seen on this terminal</source>
        <translation>Hors ligne&#xa0;: aucune séance de ce jour n’a été vue sur cette caisse</translation>
    </message>
    <message>
        <source>Offline: shows as last seen at %1</source>
        <translation>Hors ligne&#xa0;: séances telles que vues le %1</translation>
    </message>
    <message>
        <source>Not signed in: shows as last seen at %1</source>
        <translation>Non connecté&#xa0;: séances telles que vues le %1</translation>
    </message>
    <message>
        <source>Not signed in: shows as last seen</source>
        <translation>Non connecté&#xa0;: séances telles que vues en dernier</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <source>%1 (sales closed)</source>
        <translation>%1 (ventes closes)</translation>
    </message>
</context>
<context>
    <name>Marquee::ShowPricesEditor</name>
    <message>
        <source>not an amount</source>
        <translation>pas un montant</translation>
    </message>
    <message>
        <source>not below zero</source>
        <translation>pas en dessous de zéro</translation>
    </message>
    <message>
        <source>The layout has no seat categories to price.</source>
        <translation>Le plan de salle n’a aucune catégorie de places à tarifer.</translation>
    </message>
    <message>
        <source>Enter a price for %1.</source>
        <translation>Saisissez un prix pour %1.</translation>
    </message>
    <message>
        <source>The price for %1 is not an amount of %2 (such as 12.50).</source>
        <translation>Le prix de %1 n’est pas un montant en %2 (par exemple 12.50).</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>p. ex. 12.50</translation>
    </message>
    <message>
        <source>e.g. 1250</source>
        <translation>p. ex. 1250</translation>
    </message>
</context>
<context>
    <name>Marquee::SignInDialog</name>
    <message>
        <source>Sign in to Marquee</source>
        <translation>Connexion à Marquee</translation>
    </message>
    <message>
        <source>Marquee Box Office</source>
        <translation>Marquee Billetterie</translation>
    </message>
    <message>
        <source>ws://host:port, or wss://host:port for an encrypted connection</source>
        <translation>ws://hôte:port, ou wss://hôte:port pour une connexion chiffrée</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The server address must start with ws:// or wss://.</source>
        <translation>L’adresse du serveur doit commencer par ws:// ou wss://.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Utilisateur inconnu ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment.</source>
        <translation>Trop de tentatives&#xa0;; patientez un instant.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Travailler hors ligne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying.</source>
        <translation>Impossible de joindre %1&#xa0;: %2&#xa0;; nouvelle tentative en cours.</translation>
    </message>
    <message>
        <source>You will be signed in as soon as the server answers.</source>
        <translation>Vous serez connecté dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>The cash in the drawer when your shift starts. Only used when no shift is open at this terminal.</source>
        <translation>Les espèces dans le tiroir-caisse au début de votre session. Utilisé uniquement si aucune caisse n’est ouverte sur ce poste.</translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation>&amp;Fond de caisse&#xa0;:</translation>
    </message>
    <message>
        <source>The opening float is an amount such as 150.00.</source>
        <translation>Le fond de caisse est un montant tel que 150,00.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de connexions échouées&#xa0;: réessayez dans %n minute.</numerusform>
            <numerusform>Trop de connexions échouées&#xa0;: réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::StatisticsPanel</name>
    <message>
        <source>Wheelchair spaces</source>
        <translation>Emplacements fauteuil roulant</translation>
    </message>
    <message>
        <source>Companion seats</source>
        <translation>Places accompagnateur</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Visibilité réduite</translation>
    </message>
    <message>
        <source>Blocked (not for sale)</source>
        <translation>Bloquées (hors vente)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Catégorie inconnue</translation>
    </message>
    <message>
        <source>Special seats</source>
        <translation>Places particulières</translation>
    </message>
</context>
<context>
    <name>Marquee::StudioConnection</name>
    <message>
        <source>Layout studio</source>
        <translation>Studio de plans de salle</translation>
    </message>
    <message>
        <source>Venues and &amp;versions on the server…</source>
        <translation>Établissements et v&amp;ersions sur le serveur…</translation>
    </message>
    <message>
        <source>Save dra&amp;ft on the server</source>
        <translation>Enregistrer le br&amp;ouillon sur le serveur</translation>
    </message>
    <message>
        <source>Publis&amp;h…</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <source>&amp;Move shows onto this version…</source>
        <translation>&amp;Migrer les séances vers cette version…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The layout cannot be read: %1</source>
        <translation>Le plan de salle ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Version %1 opened. Your changes become the auditorium&apos;s draft when you save them.</source>
        <translation>Version %1 ouverte. Vos modifications deviendront le brouillon de la salle lorsque vous les enregistrerez.</translation>
    </message>
    <message>
        <source>%1, draft</source>
        <translation>%1, brouillon</translation>
    </message>
    <message>
        <source>Draft revision %1 opened (saved by %2).</source>
        <translation>Révision %1 du brouillon ouverte (enregistrée par %2).</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1, new layout</source>
        <translation>%1, nouveau plan</translation>
    </message>
    <message>
        <source>Choose the auditorium this layout is for, then “New layout” or open one of its versions.</source>
        <translation>Choisissez la salle à laquelle ce plan est destiné, puis «&#xa0;Nouveau plan&#xa0;», ou ouvrez l’une de ses versions.</translation>
    </message>
    <message>
        <source>The auditorium has a draft on the server that is not the layout on screen. Replace that draft with this layout?</source>
        <translation>La salle a sur le serveur un brouillon qui n’est pas le plan affiché. Remplacer ce brouillon par ce plan&#xa0;?</translation>
    </message>
    <message>
        <source>Uploading the layout (%1 KB)…</source>
        <translation>Envoi du plan de salle (%1 Ko)…</translation>
    </message>
    <message>
        <source>The layout is too big to save (%1 MB).</source>
        <translation>Le plan de salle est trop volumineux pour être enregistré (%1 Mo).</translation>
    </message>
    <message>
        <source>Someone else saved this auditorium&apos;s draft since you opened it (it is now at revision %1). Replace their draft with yours? (No: keep theirs; open it from the server to see it.)</source>
        <translation>Quelqu’un d’autre a enregistré le brouillon de cette salle depuis que vous l’avez ouvert (il en est maintenant à la révision %1). Remplacer son brouillon par le vôtre&#xa0;? (Non&#xa0;: garder le sien&#xa0;; ouvrez-le depuis le serveur pour le voir.)</translation>
    </message>
    <message>
        <source>Not saved: the draft on the server is someone else&apos;s.</source>
        <translation>Non enregistré&#xa0;: le brouillon sur le serveur appartient à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Draft saved (revision %1): no problems, ready to publish.</source>
        <translation>Brouillon enregistré (révision %1)&#xa0;: aucun problème, prêt à publier.</translation>
    </message>
    <message numerus="yes">
        <source>Draft saved (revision %1): %n problem(s) to solve before publishing.</source>
        <translation>
            <numerusform>Brouillon enregistré (révision %1)&#xa0;: %n problème à résoudre avant la publication.</numerusform>
            <numerusform>Brouillon enregistré (révision %1)&#xa0;: %n problèmes à résoudre avant la publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish this layout as the next version of %1? Shows keep the version they use until you move them onto it.</source>
        <translation>Publier ce plan comme prochaine version de %1&#xa0;? Les séances gardent leur version jusqu’à ce que vous les migriez vers celle-ci.</translation>
    </message>
    <message>
        <source>Version %1 of this auditorium was published since you opened this layout. Publish yours as the next version anyway?</source>
        <translation>La version %1 de cette salle a été publiée depuis que vous avez ouvert ce plan. Publier quand même le vôtre comme prochaine version&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Not published: the layout has %n problem(s). The Problems panel lists them; the first: %1</source>
        <translation>
            <numerusform>Non publié&#xa0;: le plan a %n problème. Le panneau Problèmes le liste&#xa0;; le premier&#xa0;: %1</numerusform>
            <numerusform>Non publié&#xa0;: le plan a %n problèmes. Le panneau Problèmes les liste&#xa0;; le premier&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The show was not moved: %n seat(s) held or sold in it are not in version %1: %2</source>
        <translation>
            <numerusform>La séance n’a pas été migrée&#xa0;: %n place réservée ou vendue n’existe pas dans la version %1&#xa0;: %2</numerusform>
            <numerusform>La séance n’a pas été migrée&#xa0;: %n places réservées ou vendues n’existent pas dans la version %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Show moved onto version %1: %2 seats added, %3 removed.</source>
        <translation>Séance migrée vers la version %1&#xa0;: %2 places ajoutées, %3 retirées.</translation>
    </message>
    <message>
        <source>Move shows onto version %1</source>
        <translation>Migrer les séances vers la version %1</translation>
    </message>
    <message>
        <source>%1, %2 (now version %3)</source>
        <translation>%1, %2 (désormais version %3)</translation>
    </message>
    <message>
        <source>No scheduled or on-sale show uses another version of this auditorium.</source>
        <translation>Aucune séance programmée ou en vente n’utilise une autre version de cette salle.</translation>
    </message>
    <message>
        <source>Seats held or sold in a show must exist in version %1, or that show stays where it is. Seats that disappear are free ones.</source>
        <translation>Les places réservées ou vendues d’une séance doivent exister dans la version %1, sinon la séance reste où elle est. Les places qui disparaissent sont des places libres.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Migrer</translation>
    </message>
    <message numerus="yes">
        <source>Published as version %1 (%n seat(s)). Layout &gt; Move shows onto this version… moves shows onto it.</source>
        <translation>
            <numerusform>Publié comme version %1 (%n place). Plan de salle &gt; Migrer les séances vers cette version… y migre les séances.</numerusform>
            <numerusform>Publié comme version %1 (%n places). Plan de salle &gt; Migrer les séances vers cette version… y migre les séances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n show(s) moved onto version %2.</source>
        <translation>
            <numerusform>Séance migrée vers la version %2&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Séances migrées vers la version %2&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not published: the layout has %n problem(s); the Problems panel lists them.</source>
        <translation>
            <numerusform>Non publié&#xa0;: le plan a %n problème&#xa0;; le panneau Problèmes le liste.</numerusform>
            <numerusform>Non publié&#xa0;: le plan a %n problèmes&#xa0;; le panneau Problèmes les liste.</numerusform>
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
            <numerusform>%n place par rang</numerusform>
            <numerusform>%n places par rang</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 seats a row</source>
        <translation>%1 à %2 places par rang</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rang</numerusform>
            <numerusform>%n rangs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>The curve is between 0 and 1, and the front row has at least 2 seats.</source>
        <translation>La courbure est comprise entre 0 et 1, et le premier rang a au moins 2 places.</translation>
    </message>
    <message>
        <source>Drag from the first seat to the last</source>
        <translation>Faites glisser de la première place à la dernière</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unités</translation>
    </message>
    <message>
        <source>Width %1</source>
        <translation>Largeur %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message numerus="yes">
        <source>Add a block of %n seat(s)</source>
        <translation>
            <numerusform>Ajouter un bloc de %n place</numerusform>
            <numerusform>Ajouter un bloc de %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the text in the tool options first.</source>
        <translation>Saisissez d’abord le texte dans les options de l’outil.</translation>
    </message>
    <message>
        <source>%1 is not an SVG drawing that can be read.</source>
        <translation>%1 n’est pas un dessin SVG lisible.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
</context>
<context>
    <name>Marquee::StudioWindow</name>
    <message>
        <source>New layout</source>
        <translation>Nouveau plan de salle</translation>
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
        <translation>%1 px par place</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>«&#xa0;%1&#xa0;» comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Sélection</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Sélectionner et déplacer</translation>
    </message>
    <message>
        <source>Straight &amp;block</source>
        <translation>Bloc &amp;droit</translation>
    </message>
    <message>
        <source>Drag a block of straight rows</source>
        <translation>Tracer un bloc de rangs droits</translation>
    </message>
    <message>
        <source>&amp;Curved block</source>
        <translation>Bloc &amp;courbe</translation>
    </message>
    <message>
        <source>Place a block of curved rows</source>
        <translation>Placer un bloc de rangs courbes</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Rang</translation>
    </message>
    <message>
        <source>Drag a row from its first seat to its last</source>
        <translation>Tracer un rang de sa première place à sa dernière</translation>
    </message>
    <message>
        <source>S&amp;ingle seat</source>
        <translation>Place &amp;individuelle</translation>
    </message>
    <message>
        <source>Click to add a seat</source>
        <translation>Cliquez pour ajouter une place</translation>
    </message>
    <message>
        <source>&amp;Aisle</source>
        <translation>&amp;Allée</translation>
    </message>
    <message>
        <source>Drag an aisle</source>
        <translation>Tracer une allée</translation>
    </message>
    <message>
        <source>Screen or s&amp;tage</source>
        <translation>Écran ou scè&amp;ne</translation>
    </message>
    <message>
        <source>Drag the screen or stage</source>
        <translation>Tracer l’écran ou la scène</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Click to place a text</source>
        <translation>Cliquez pour placer un texte</translation>
    </message>
    <message>
        <source>&amp;Measure floor plan</source>
        <translation>&amp;Mesurer le fond de plan</translation>
    </message>
    <message>
        <source>Drag between two points of the floor plan whose distance you know</source>
        <translation>Faites glisser entre deux points du fond de plan dont vous connaissez la distance</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New layout</source>
        <translation>&amp;Nouveau plan de salle</translation>
    </message>
    <message>
        <source>New from a c&amp;opy of this layout</source>
        <translation>Nouveau à partir d’une c&amp;opie de ce plan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer JSON…</translation>
    </message>
    <message>
        <source>Import CSV seat &amp;list…</source>
        <translation>Importer une &amp;liste de places CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export CS&amp;V seat list…</source>
        <translation>Exporter la liste de places en CS&amp;V…</translation>
    </message>
    <message>
        <source>Export &amp;PDF plan…</source>
        <translation>Exporter le plan en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export SV&amp;G plan…</source>
        <translation>Exporter le plan en SV&amp;G…</translation>
    </message>
    <message>
        <source>&amp;Floor plan…</source>
        <translation>&amp;Fond de plan…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fe&amp;rmer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Couper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Ne rien sélectionner</translation>
    </message>
    <message>
        <source>Select ro&amp;w</source>
        <translation>Sélectionner le ran&amp;g</translation>
    </message>
    <message>
        <source>Select s&amp;ection</source>
        <translation>Sélectionner la s&amp;ection</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Snap to grid</source>
        <translation>Aligner sur la &amp;grille</translation>
    </message>
    <message>
        <source>F&amp;loor plan</source>
        <translation>Fond de &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Charger…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Mo&amp;ve with the mouse</source>
        <translation>&amp;Déplacer avec la souris</translation>
    </message>
    <message>
        <source>S&amp;cale…</source>
        <translation>Mettre à l’éc&amp;helle…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Plan de salle</translation>
    </message>
    <message>
        <source>&amp;Renumber…</source>
        <translation>&amp;Renuméroter…</translation>
    </message>
    <message>
        <source>Edit &amp;label</source>
        <translation>Modifier le &amp;libellé</translation>
    </message>
    <message>
        <source>Select one seat, or seats of one row, to edit its label.</source>
        <translation>Sélectionnez une place, ou des places d’un même rang, pour modifier son libellé.</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Pivoter…</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;anticlockwise</source>
        <translation>Pivoter de 15° dans le sens &amp;antihoraire</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;clockwise</source>
        <translation>Pivoter de 15° dans le sens &amp;horaire</translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation>Ali&amp;gner</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>À &amp;gauche</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>À &amp;droite</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>En &amp;haut</translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation>En &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>Répar&amp;tir</translation>
    </message>
    <message>
        <source>&amp;Horizontally</source>
        <translation>&amp;Horizontalement</translation>
    </message>
    <message>
        <source>&amp;Vertically</source>
        <translation>&amp;Verticalement</translation>
    </message>
    <message>
        <source>&amp;Wheelchair space</source>
        <translation>Place &amp;fauteuil roulant</translation>
    </message>
    <message>
        <source>Com&amp;panion seat</source>
        <translation>Place a&amp;ccompagnateur</translation>
    </message>
    <message>
        <source>Re&amp;stricted view</source>
        <translation>&amp;Visibilité réduite</translation>
    </message>
    <message>
        <source>&amp;Blocked (never for sale)</source>
        <translation>&amp;Bloquée (jamais en vente)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation>Options de l’outil</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>&amp;Tool options</source>
        <translation>&amp;Options de l’outil</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Propr&amp;iétés</translation>
    </message>
    <message>
        <source>C&amp;ategories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>Statisti&amp;cs</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>%1[*] – Layout studio</source>
        <translation>%1[*] – Studio de plans de salle</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Enregistrer le plan de salle</translation>
    </message>
    <message>
        <source>Layouts (*.json)</source>
        <translation>Plans de salle (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import layout</source>
        <translation>Importer un plan de salle</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a layout this studio reads:
%2</source>
        <translation>%1 n’est pas un plan de salle lisible par ce studio&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Import CSV seat list</source>
        <translation>Importer une liste de places CSV</translation>
    </message>
    <message>
        <source>Seat lists (*.csv *.txt)</source>
        <translation>Listes de places (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1 comporte %n problème&#xa0;; rien n’a été importé.</numerusform>
            <numerusform>%1 comporte %n problèmes&#xa0;; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Export CSV seat list</source>
        <translation>Exporter la liste de places en CSV</translation>
    </message>
    <message>
        <source>Seat lists (*.csv)</source>
        <translation>Listes de places (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF plan</source>
        <translation>Exporter le plan en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export SVG plan</source>
        <translation>Exporter le plan en SVG</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Fond de plan</translation>
    </message>
    <message>
        <source>Plans (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Plans (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Scale the plan: View &gt; Floor plan &gt; Measure, then drag between two points whose distance you know.</source>
        <translation>Mettez le plan à l’échelle&#xa0;: Affichage &gt; Fond de plan &gt; Mesurer le fond de plan, puis faites glisser entre deux points dont vous connaissez la distance.</translation>
    </message>
    <message>
        <source>Scale floor plan</source>
        <translation>Mettre le fond de plan à l’échelle</translation>
    </message>
    <message>
        <source>Layout units per pixel of the plan:</source>
        <translation>Unités du plan de salle par pixel du fond de plan&#xa0;:</translation>
    </message>
    <message>
        <source>metres (a seat is %1 m wide)</source>
        <translation>mètres (une place fait %1 m de large)</translation>
    </message>
    <message>
        <source>seat widths (layout units)</source>
        <translation>largeurs de place (unités du plan de salle)</translation>
    </message>
    <message>
        <source>How far apart are these two points?</source>
        <translation>Quelle distance sépare ces deux points&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Distance:</source>
        <translation>&amp;Distance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;En&#xa0;:</translation>
    </message>
    <message>
        <source>The clipboard holds no seats this studio can paste: %1</source>
        <translation>Le presse-papiers ne contient aucune place que ce studio peut coller&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select the rows or seats to renumber first.</source>
        <translation>Sélectionnez d’abord les rangs ou les places à renuméroter.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Pivoter</translation>
    </message>
    <message>
        <source>Degrees, clockwise:</source>
        <translation>Degrés, sens horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Layout studio</source>
        <translation>Studio de plans de salle</translation>
    </message>
    <message>
        <source>The layout studio is for managers and admins; %1 is a %2.</source>
        <translation>Le studio de plans de salle est réservé aux responsables et aux administrateurs&#xa0;; %1 a le rôle %2.</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Changer mon mot de p&amp;asse…</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketMailer</name>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Rang %1, place %2</translation>
    </message>
    <message>
        <source>Your tickets for %1</source>
        <translation>Vos billets pour %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Thank you for your booking. Your tickets are attached as a PDF: show them at the door, printed or on your phone.</source>
        <translation>Merci pour votre réservation. Vos billets sont joints en PDF&#xa0;: présentez-les à l’entrée, imprimés ou sur votre téléphone.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quand&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Où&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ticket code: %1</source>
        <translation>Code du billet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation>Numéro de réservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enjoy the show!</source>
        <translation>Bon spectacle&#xa0;!</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketOutput</name>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Tickets printed on %1.</source>
        <translation>Billets imprimés sur %1.</translation>
    </message>
    <message>
        <source>No ticket printer is set up, and the tickets could not be saved as PDF.</source>
        <translation>Aucune imprimante de billets n’est configurée, et les billets n’ont pas pu être enregistrés en PDF.</translation>
    </message>
    <message>
        <source>Printing failed (%1), and the tickets could not be saved as PDF.</source>
        <translation>Échec de l’impression (%1), et les billets n’ont pas pu être enregistrés en PDF.</translation>
    </message>
    <message>
        <source>No ticket printer is set up: tickets saved as PDF %1</source>
        <translation>Aucune imprimante de billets n’est configurée&#xa0;: billets enregistrés en PDF %1</translation>
    </message>
    <message>
        <source>Printing failed (%1): tickets saved as PDF %2</source>
        <translation>Échec de l’impression (%1)&#xa0;: billets enregistrés en PDF %2</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketRenderer</name>
    <message>
        <source>Auditorium</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>(no QR code)</source>
        <translation>(pas de code QR)</translation>
    </message>
    <message>
        <source>Show this ticket at the entrance. Valid for one admission.</source>
        <translation>Présentez ce billet à l’entrée. Valable pour une entrée.</translation>
    </message>
    <message>
        <source>No printer or file to print to.</source>
        <translation>Aucune imprimante ni aucun fichier où imprimer.</translation>
    </message>
    <message>
        <source>Cannot print: the printer or file is not available.</source>
        <translation>Impossible d’imprimer&#xa0;: l’imprimante ou le fichier n’est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Échec de l’impression.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (auth. %2)</source>
        <translation>%1 (autor. %2)</translation>
    </message>
    <message>
        <source>  Tendered</source>
        <translation>  Remis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation>Merci de votre visite.</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Rapport de caisse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message numerus="yes">
        <source>Sales (%n)</source>
        <translation>
            <numerusform>Vente (%n)</numerusform>
            <numerusform>Ventes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n)</source>
        <translation>
            <numerusform>Remboursement (%n)</numerusform>
            <numerusform>Remboursements (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>No payments in this shift.</source>
        <translation>Aucun paiement pendant cette session de caisse.</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Total net</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>Billets vendus</translation>
    </message>
    <message>
        <source>Tickets refunded</source>
        <translation>Billets remboursés</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Signature: ______________________</source>
        <translation>Signature&#xa0;: ______________________</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>There are no tickets to print.</source>
        <translation>Il n’y a aucun billet à imprimer.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Z report (shift closed)</source>
        <translation>Rapport Z (caisse clôturée)</translation>
    </message>
    <message>
        <source>X report (shift open)</source>
        <translation>Rapport X (caisse ouverte)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Session de caisse</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>manque de %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>excédent de %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Paid back in cash</source>
        <translation>Rendu en espèces</translation>
    </message>
    <message>
        <source>Back to the card</source>
        <translation>Recrédité sur la carte</translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation>Total remboursé</translation>
    </message>
    <message>
        <source>Customer&apos;s signature: ______________</source>
        <translation>Signature du client&#xa0;: ______________</translation>
    </message>
    <message>
        <source>Refunded %1: give it back to the customer.</source>
        <translation>%1 remboursé&#xa0;: rendez-le au client.</translation>
    </message>
    <message>
        <source>Refunded: hand back %1 in cash.</source>
        <translation>Remboursé&#xa0;: rendez %1 en espèces.</translation>
    </message>
    <message>
        <source>Refunded: %1 goes back to the card; no cash to hand back.</source>
        <translation>Remboursé&#xa0;: %1 est recrédité sur la carte&#xa0;; rien à rendre en espèces.</translation>
    </message>
    <message>
        <source>Refunded: hand back %1 in cash; %2 goes back to the card.</source>
        <translation>Remboursé&#xa0;: rendez %1 en espèces&#xa0;; %2 est recrédité sur la carte.</translation>
    </message>
    <message>
        <source>Category, ticket</source>
        <translation>Catégorie, tarif</translation>
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
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>FSK 12, PG-13</source>
        <translation>Tous publics, -12</translation>
    </message>
    <message>
        <source>OV, 3D</source>
        <translation>VO, 3D</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Age rating:</source>
        <translation>&amp;Classification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the title&apos;s name.</source>
        <translation>Saisissez le nom du titre.</translation>
    </message>
    <message>
        <source>The description has at most %1 characters.</source>
        <translation>La description comporte au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>Marquee::TitlesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Age rating</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>&amp;New title…</source>
        <translation>&amp;Nouveau titre…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <source>Loading the titles…</source>
        <translation>Chargement des titres…</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s).</source>
        <translation>
            <numerusform>%n titre.</numerusform>
            <numerusform>%n titres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>Title %1 created.</source>
        <translation>Titre %1 créé.</translation>
    </message>
    <message>
        <source>Title %1 saved (archived).</source>
        <translation>Titre %1 enregistré (archivé).</translation>
    </message>
    <message>
        <source>Title %1 saved.</source>
        <translation>Titre %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>Marquee::ToolOptionsPanel</name>
    <message>
        <source>Click to add a seat: it joins the row beside it, or starts a row of its own.</source>
        <translation>Cliquez pour ajouter une place&#xa0;: elle rejoint le rang voisin ou commence un nouveau rang.</translation>
    </message>
    <message>
        <source>Drag between two points of the floor plan whose distance you know, then type that distance.</source>
        <translation>Faites glisser entre deux points du fond de plan dont vous connaissez la distance, puis saisissez cette distance.</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Click, shift-click or drag a frame to select; drag the selection to move it; the arrow keys move it by the grid (shift: ten steps). Double-click a seat to select its row.</source>
        <translation>Cliquez, cliquez avec Maj ou tracez un cadre pour sélectionner&#xa0;; faites glisser la sélection pour la déplacer&#xa0;; les flèches la déplacent d’un pas de grille (Maj&#xa0;: dix pas). Double-cliquez sur une place pour sélectionner son rang.</translation>
    </message>
    <message>
        <source>Drag a rectangle: its size decides the rows and seats. A click places the counts below.</source>
        <translation>Tracez un rectangle&#xa0;: sa taille détermine les rangs et les places. Un clic place les nombres indiqués ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Stagger every second row</source>
        <translation>&amp;Décaler un rang sur deux</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rangs&#xa0;:</translation>
    </message>
    <message>
        <source>Seats a ro&amp;w:</source>
        <translation>Places &amp;par rang&#xa0;:</translation>
    </message>
    <message>
        <source>Click the front row&apos;s middle; drag away from the stage for more rows. Rows further back hold more seats.</source>
        <translation>Cliquez au milieu du premier rang&#xa0;; éloignez-vous de la scène en faisant glisser pour ajouter des rangs. Les rangs plus éloignés comptent plus de places.</translation>
    </message>
    <message>
        <source>By radius and span</source>
        <translation>Par rayon et ouverture</translation>
    </message>
    <message>
        <source>By curve and front row</source>
        <translation>Par courbure et premier rang</translation>
    </message>
    <message>
        <source>Front ra&amp;dius:</source>
        <translation>Ra&amp;yon avant&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;pan:</source>
        <translation>&amp;Ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urve (0–1):</source>
        <translation>Co&amp;urbure (0–1)&#xa0;:</translation>
    </message>
    <message>
        <source>Front row &amp;seats:</source>
        <translation>&amp;Places du premier rang&#xa0;:</translation>
    </message>
    <message>
        <source>Drag from the first seat to the last.</source>
        <translation>Faites glisser de la première place à la dernière.</translation>
    </message>
    <message>
        <source>Seats from the len&amp;gth</source>
        <translation>Places selon la &amp;longueur</translation>
    </message>
    <message>
        <source>&amp;Number of seats:</source>
        <translation>&amp;Nombre de places&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urve (−1–1):</source>
        <translation>Co&amp;urbure (−1–1)&#xa0;:</translation>
    </message>
    <message>
        <source>Drag along the aisle&apos;s middle.</source>
        <translation>Faites glisser le long du milieu de l’allée.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>Drag from one end to the other; a click moves it.</source>
        <translation>Faites glisser d’une extrémité à l’autre&#xa0;; un clic la déplace.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Type the text, then click where it goes.</source>
        <translation>Saisissez le texte, puis cliquez à l’endroit voulu.</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Espacement</translation>
    </message>
    <message>
        <source>Seat pitc&amp;h:</source>
        <translation>Écart entre plac&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ow pitch:</source>
        <translation>Écart entre ran&amp;gs&#xa0;:</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numérotation</translation>
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
        <translation>Sauter I et O</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation>Impairs et pairs à partir du centre</translation>
    </message>
    <message>
        <source>Odd on the right</source>
        <translation>Impairs à droite</translation>
    </message>
    <message>
        <source>Odd on the left</source>
        <translation>Impairs à gauche</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rangs&#xa0;:</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>Premier rang&#xa0;:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Places&#xa0;:</translation>
    </message>
    <message>
        <source>First seat:</source>
        <translation>Première place&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Marquee::UserDialog</name>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>&amp;Actif (peut se connecter)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Modifier l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name (to sign in):</source>
        <translation>Nom d’&amp;utilisateur (pour se connecter)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The server makes the first password; you see it once, after Create.</source>
        <translation>Le serveur crée le premier mot de passe&#xa0;; vous le verrez une seule fois, après «&#xa0;Créer&#xa0;».</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>A user name has 1 to %1 characters: letters A–Z, digits, dot, underscore, hyphen.</source>
        <translation>Un nom d’utilisateur comporte de 1 à %1 caractères&#xa0;: lettres A–Z, chiffres, point, tiret bas, trait d’union.</translation>
    </message>
    <message>
        <source>Enter the name people read.</source>
        <translation>Saisissez le nom affiché aux autres.</translation>
    </message>
</context>
<context>
    <name>Marquee::UsersPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>A manager may manage cashiers and kiosks only.</source>
        <translation>Un responsable ne peut gérer que les caissiers et les bornes.</translation>
    </message>
    <message>
        <source>This user name is taken; choose another.</source>
        <translation>Ce nom d’utilisateur est déjà pris&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This user no longer exists; refresh the list.</source>
        <translation>Cet utilisateur n’existe plus&#xa0;; actualisez la liste.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n utilisateur.</numerusform>
            <numerusform>%n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (disabled)</source>
        <translation>non (désactivé)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Utilisateur %1 créé.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Utilisateur %1 enregistré.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Give %1 a new password? The old one stops working at once and %1&apos;s sessions end.</source>
        <translation>Donner un nouveau mot de passe à %1&#xa0;? L’ancien cesse immédiatement de fonctionner et les connexions de %1 sont fermées.</translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation>Réinitialisation du mot de passe de %1…</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
</context>
<context>
    <name>Marquee::VenueSettingsDialog</name>
    <message>
        <source>Venue settings: %1</source>
        <translation>Paramètres de l’établissement&#xa0;: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Kept free after every show for cleaning; the next show of the auditorium starts after it.</source>
        <translation>Temps laissé libre après chaque séance pour le nettoyage&#xa0;; la séance suivante de la salle commence après.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>&amp;Cleaning gap:</source>
        <translation>Temps de &amp;nettoyage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Warn the box office before a hold leaves a single seat alone in a row</source>
        <translation>&amp;Avertir la billetterie avant qu’une réservation laisse une place isolée dans un rang</translation>
    </message>
    <message>
        <source>A single seat between taken seats is hard to sell. Kiosks never leave one; with this on, cashiers are asked before they do.</source>
        <translation>Une place isolée entre des places prises est difficile à vendre. Les bornes n’en laissent jamais ; avec cette option, la caisse est avertie avant.</translation>
    </message>
</context>
<context>
    <name>Marquee::WebhookDialog</name>
    <message>
        <source>A sale is completed</source>
        <translation>Une vente est conclue</translation>
    </message>
    <message>
        <source>Tickets are refunded</source>
        <translation>Des billets sont remboursés</translation>
    </message>
    <message>
        <source>A ticket is admitted at the door</source>
        <translation>Un billet est contrôlé à l’entrée</translation>
    </message>
    <message>
        <source>A show is scheduled</source>
        <translation>Une séance est programmée</translation>
    </message>
    <message>
        <source>A show is changed</source>
        <translation>Une séance est modifiée</translation>
    </message>
    <message>
        <source>A show is cancelled</source>
        <translation>Une séance est annulée</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Active (deliver events to this endpoint)</source>
        <translation>&amp;Actif (livrer les événements à ce destinataire)</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Ajouter un webhook</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Modifier le webhook</translation>
    </message>
    <message>
        <source>16 to 200 characters</source>
        <translation>16 à 200 caractères</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>Makes a random secret of %1 characters</source>
        <translation>Crée un secret aléatoire de %1 caractères</translation>
    </message>
    <message>
        <source>The receiver checks each delivery&apos;s signature with this secret.</source>
        <translation>Le destinataire vérifie la signature de chaque livraison avec ce secret.</translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret; a new one signs the deliveries from now on.</source>
        <translation>Laissez vide pour garder le secret actuel ; un nouveau signe les livraisons à partir de maintenant.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements :</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>Copy this secret to the receiver now: Marquee does not show it again once this dialog is closed.</source>
        <translation>Copiez ce secret chez le destinataire maintenant : Marquee ne l’affiche plus une fois cette fenêtre fermée.</translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s address, such as https://example.org/marquee.</source>
        <translation>Saisissez l’adresse du destinataire, par exemple https://example.org/marquee.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address with a host, without a user name, password or #fragment.</source>
        <translation>Saisissez une adresse http:// ou https:// avec un hôte, sans nom d’utilisateur, mot de passe ni #fragment.</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Choisissez au moins un événement.</translation>
    </message>
    <message>
        <source>A secret has %1 to %2 characters and no control characters; Generate makes one.</source>
        <translation>Un secret compte %1 à %2 caractères, sans caractère de contrôle ; « Générer » en crée un.</translation>
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
        <translation>Événements</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Add webhook…</source>
        <translation>&amp;Ajouter un webhook…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Recent failures: choose an endpoint above.</source>
        <translation>Échecs récents : choisissez un destinataire ci-dessus.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non prévue</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Failing since %1, attempt %2, next try %3: %4</source>
        <translation>En échec depuis %1, tentative %2, prochain essai %3 : %4</translation>
    </message>
    <message>
        <source>Only admins manage webhooks.</source>
        <translation>Seuls les administrateurs gèrent les webhooks.</translation>
    </message>
    <message>
        <source>This webhook no longer exists; refresh the list.</source>
        <translation>Ce webhook n’existe plus ; actualisez la liste.</translation>
    </message>
    <message>
        <source>A server keeps at most %1 webhooks; delete one first.</source>
        <translation>Un serveur garde au plus %1 webhooks ; supprimez-en d’abord un.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <source>Loading the webhooks…</source>
        <translation>Chargement des webhooks…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, updated at %2.</source>
        <translation>%1, mis à jour à %2.</translation>
    </message>
    <message>
        <source>%1, %2 failing, updated at %3.</source>
        <translation>%1, %2 en échec, mis à jour à %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (paused)</source>
        <translation>non (en pause)</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>Webhook %1 saved.</source>
        <translation>Webhook %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Delete the webhook to %1? It receives no more events, and the events still pending for it are not delivered.</source>
        <translation>Supprimer le webhook vers %1 ? Il ne reçoit plus d’événements, et ceux encore en attente ne sont pas livrés.</translation>
    </message>
    <message>
        <source>Deleting the webhook to %1…</source>
        <translation>Suppression du webhook vers %1…</translation>
    </message>
    <message>
        <source>The webhook to %1 was deleted.</source>
        <translation>Le webhook vers %1 a été supprimé.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Recent failures: none.</source>
        <translation>Échecs récents : aucun.</translation>
    </message>
    <message>
        <source>Recent failures, newest first:</source>
        <translation>Échecs récents, les plus récents d’abord :</translation>
    </message>
</context>
<context>
    <name>Marquee::WeekGridScene</name>
    <message>
        <source>scheduled</source>
        <translation>programmée</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>en vente</translation>
    </message>
    <message>
        <source>sales closed</source>
        <translation>ventes closes</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1
%2, %3
%4 sold, %5 held, %6 free</source>
        <translation>%1
%2, %3
%4 vendues, %5 réservées, %6 libres</translation>
    </message>
    <message>
        <source>cleaning gap</source>
        <translation>temps de nettoyage</translation>
    </message>
    <message numerus="yes">
        <source>Clashes with %1 (the cleaning gap of %n minute(s) included)</source>
        <translation>
            <numerusform>Chevauche %1 (temps de nettoyage de %n minute compris)</numerusform>
            <numerusform>Chevauche %1 (temps de nettoyage de %n minutes compris)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeErrors</name>
    <message>
        <source>Only managers and admins plan the programme.</source>
        <translation>Seuls les responsables et les administrateurs programment les séances.</translation>
    </message>
    <message>
        <source>The show is cancelled; nothing more can be done to it.</source>
        <translation>La séance est annulée&#xa0;; plus aucune action n’est possible sur elle.</translation>
    </message>
    <message>
        <source>Not found (refresh the programme): %1</source>
        <translation>Introuvable (actualisez la programmation)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This clashes with another show of the auditorium (the cleaning gap included).</source>
        <translation>Chevauchement avec une autre séance de la salle (temps de nettoyage compris).</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Occupancy (%)</source>
        <translation>Remplissage (%)</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>Le PDF n’a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Occupancy per show</source>
        <translation>Remplissage par séance</translation>
    </message>
    <message>
        <source>Occupancy per film</source>
        <translation>Remplissage par film</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Ventes par jour</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Ventes par moyen de paiement</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Top shows</source>
        <translation>Meilleures séances</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Auditorium</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendues</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Recettes</translation>
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
        <translation>Libre</translation>
    </message>
    <message>
        <source>Held by this terminal</source>
        <translation>Réservée par cette caisse</translation>
    </message>
    <message>
        <source>Held by another terminal</source>
        <translation>Réservée par une autre caisse</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendue</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>Emplacement fauteuil roulant</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Place accompagnateur</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Visibilité réduite</translation>
    </message>
    <message>
        <source>Not for sale</source>
        <translation>Hors vente</translation>
    </message>
    <message>
        <source>House seat</source>
        <translation>Place de protocole</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marquee box office</source>
        <translation>Marquee Billetterie</translation>
    </message>
    <message>
        <source>Server URL (ws:// or wss://).</source>
        <translation>URL du serveur (ws:// ou wss://).</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation>Se connecter avec cet utilisateur.</translation>
    </message>
    <message>
        <source>Password for --user (demo only).</source>
        <translation>Mot de passe pour --user (démonstration uniquement).</translation>
    </message>
    <message>
        <source>This terminal&apos;s id.</source>
        <translation>Identifiant de cette caisse.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr, es).</source>
        <translation>Langue de l’interface (en, de, fr, es).</translation>
    </message>
    <message>
        <source>Save a PNG of the main window after a few seconds, then quit.</source>
        <translation>Enregistrer une image PNG de la fenêtre principale après quelques secondes, puis quitter.</translation>
    </message>
    <message>
        <source>Open the layout studio (managers and admins) instead of the box office.</source>
        <translation>Ouvrir le studio de plans de salle (responsables et administrateurs) au lieu de la billetterie.</translation>
    </message>
    <message>
        <source>Open the back office (managers and admins) instead of the box office.</source>
        <translation>Ouvrir le back-office (responsables et administrateurs) au lieu de la billetterie.</translation>
    </message>
    <message>
        <source>Run as the self-service kiosk (full screen; settings in the config file&apos;s kiosk group).</source>
        <translation>Démarrer en borne libre-service (plein écran ; réglages dans le groupe kiosk du fichier de configuration).</translation>
    </message>
    <message>
        <source>Open the door scanner (ushers: cashiers, managers, admins) instead of the box office.</source>
        <translation>Ouvrir le contrôle d’entrée (placeurs : caissiers, responsables, administrateurs) au lieu de la billetterie.</translation>
    </message>
</context>
</TS>
