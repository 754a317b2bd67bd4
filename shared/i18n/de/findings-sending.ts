import type { findingsSending as source } from '../en/findings-sending';
import type { Translation } from '../translation';

/** German: findings about sending, relay, the tenant and unknown replies. */
export const findingsSending: Translation<typeof source> = {
  'finding.unknown.quoted': 'Die Meldung lautete: „{quote}“',

  // send
  'finding.send.send-as-denied.title': 'Sie dürfen nicht von dieser Adresse senden',
  'finding.send.send-as-denied.explanation': 'Die Absenderadresse weicht vom Postfach ab, mit dem Sie angemeldet sind, und Sie haben dafür keine Berechtigung „Senden als“.',
  'finding.send.send-as-denied.steps.1': 'Senden Sie von der Adresse, mit der Sie sich anmelden, und testen Sie erneut.',
  'finding.send.send-as-denied.steps.2': 'Um als eine andere Adresse zu senden (zum Beispiel als freigegebenes Postfach), bitten Sie die IT um die Berechtigung „Senden als“.',
  'finding.send.send-as-denied.admin': 'Könnten Sie meinem Konto {address} die Berechtigung „Senden als“ für das Postfach erteilen, aus dem ich senden muss? Exchange Online lehnt das Senden mit 5.7.60 oder 5.2.252 SendAsDenied ab.',

  'finding.send.outbound-spam.title': 'Microsoft hat Ihre E-Mail als möglichen Spam zurückgehalten',
  'finding.send.outbound-spam.explanation': 'Der Spamschutz von Microsoft hat dieses Konto am Senden gehindert. Das passiert oft bei neuen oder nicht verifizierten Konten oder nachdem viel gesendet wurde.',
  'finding.send.outbound-spam.steps.1': 'Melden Sie sich in einem Browser bei outlook.com (oder outlook.office.com) an und schließen Sie jede verlangte Überprüfung ab.',
  'finding.send.outbound-spam.steps.2': 'Warten Sie ein paar Stunden und senden Sie weniger Nachrichten auf einmal.',
  'finding.send.outbound-spam.steps.3': 'Wenn es immer wieder passiert, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.send.outbound-spam.admin': 'E-Mails von {address} werden mit „OutboundSpamException“ abgelehnt (als ausgehender Spam eingestuft). Könnten Sie prüfen, ob das Konto eingeschränkt oder kompromittiert ist oder eine Überprüfung braucht?',

  'finding.send.quota-exceeded.title': 'Sie haben das heutige Sendelimit erreicht',
  'finding.send.quota-exceeded.explanation': 'Microsoft erlaubt pro Postfach bis zu {recipientsPerDay} Empfänger am Tag, und dieses Postfach hat das Limit erreicht. Es wird innerhalb von {quotaWindow} zurückgesetzt.',
  'finding.send.quota-exceeded.steps.1': 'Warten Sie bis zu {quotaWindow} und senden Sie dann erneut.',
  'finding.send.quota-exceeded.steps.2': 'Wenn Sie gar nicht so viele E-Mails gesendet haben, sagen Sie sofort der IT Bescheid: Vielleicht missbraucht jemand Ihr Konto.',
  'finding.send.quota-exceeded.admin': 'Mein Postfach {address} hat das Sendelimit von Exchange Online erreicht (SubmissionQuotaExceededException oder „5.2.2 Submission quota exceeded“; {recipientsPerDay} Empfänger am Tag). Könnten Sie prüfen, ob diese Menge zu erwarten ist oder ob das Konto kompromittiert sein könnte?',

  'finding.send.mailbox-full.title': 'Ihr Postfach ist voll',
  'finding.send.mailbox-full.explanation': 'Gesendete E-Mails werden in „Gesendete Elemente“ gespeichert, und Ihr Postfach hat keinen Platz mehr. Der Server sendet erst wieder, wenn Platz frei ist.',
  'finding.send.mailbox-full.steps.1': 'Löschen Sie alte E-Mails, vor allem große Elemente in „Gesendete Elemente“, und leeren Sie dann „Gelöschte Elemente“.',
  'finding.send.mailbox-full.steps.2': 'Testen Sie erneut.',
  'finding.send.mailbox-full.steps.3': 'Bitten Sie die IT um mehr Speicherplatz oder eine automatische Bereinigung von „Gesendete Elemente“.',
  'finding.send.mailbox-full.admin': 'Mein Postfach {address} ist voll, deshalb schlägt das Senden fehl (554 5.2.2 mailbox full; STOREDRV.Submission QuotaExceededException). Könnten Sie helfen, Platz zu schaffen, oder eine Aufbewahrungsrichtlinie auf „Gesendete Elemente“ anwenden?',

  'finding.send.recipient-mailbox-full.title': 'Das Postfach des Empfängers ist voll',
  'finding.send.recipient-mailbox-full.explanation': 'Die Person, der Sie geschrieben haben, hat keinen Platz mehr im Postfach, deshalb hat ihr Mailserver die Nachricht abgelehnt. Mit Ihrem Konto und Ihren Einstellungen ist alles in Ordnung.',
  'finding.send.recipient-mailbox-full.steps.1': 'Versuchen Sie es später erneut, oder erreichen Sie die Person auf anderem Weg.',
  'finding.send.recipient-mailbox-full.steps.2': 'An Ihren Einstellungen müssen Sie nichts ändern.',
  'finding.send.recipient-mailbox-full.admin': 'Eine Nachricht von {address} kam zurück, weil das Postfach des Empfängers voll ist (5.2.2 vom empfangenden Server). Soweit ich sehe, muss auf unserer Seite nichts geändert werden; bitte sagen Sie mir Bescheid, falls Sie das anders sehen.',

  'finding.send.message-too-large.title': 'Die Nachricht ist zu groß',
  'finding.send.message-too-large.explanation': 'Der Server hat die Nachricht abgelehnt, weil sie größer ist, als er annimmt – meist wegen großer Anhänge oder Scans.',
  'finding.send.message-too-large.steps.1': 'Senden Sie kleinere Anhänge, oder teilen Sie stattdessen einen Link zur Datei.',
  'finding.send.message-too-large.steps.2': 'Scannen Sie bei einem Scanner mit geringerer Auflösung oder in Schwarz-Weiß.',
  'finding.send.message-too-large.admin': 'Wenn {sender} sendet, werden die E-Mails als zu groß abgelehnt (eine 5.2.3- oder 5.3.4-Antwort zur Nachrichtengröße). Könnten Sie mir sagen, welche Größenbeschränkung für mein Postfach und für den Empfänger gilt, oder sie erhöhen, falls das angemessen ist?',

  'finding.send.concurrency-limit.title': 'Zu viele Verbindungen gleichzeitig',
  'finding.send.concurrency-limit.explanation': 'Microsoft erlaubt aus einem Postfach höchstens {concurrentConnections} Sendeverbindungen gleichzeitig. Wahrscheinlich sendet gerade eine andere App oder ein anderes Gerät aus Ihrem Postfach.',
  'finding.send.concurrency-limit.steps.1': 'Warten Sie einen Moment und testen Sie erneut.',
  'finding.send.concurrency-limit.steps.2': 'Schließen Sie andere Apps oder Geräte, die gleichzeitig aus diesem Postfach senden.',
  'finding.send.concurrency-limit.admin': 'Mein Postfach {address} erhält „432 4.3.2 Concurrent connections limit exceeded“ (Exchange Online erlaubt {concurrentConnections} Sendeverbindungen pro Postfach). Könnten Sie prüfen, welche Apps oder Geräte gleichzeitig aus diesem Postfach senden?',

  'finding.send.throttled.title': 'Das Senden ist für dieses Postfach nach wiederholten Fehlern pausiert',
  'finding.send.throttled.explanation': 'Microsoft hat das Senden aus Apps für dieses Postfach pausiert, weil immer wieder derselbe Fehler aufgetreten ist. Beheben Sie den früheren Fehler; die Pause endet dann von selbst.',
  'finding.send.throttled.steps.1': 'Suchen und beheben Sie den früheren Fehler, zum Beispiel ein volles Postfach oder eine falsche Absenderadresse.',
  'finding.send.throttled.steps.2': 'Beenden Sie jede App, die es immer wieder versucht.',
  'finding.send.throttled.steps.3': 'Warten Sie. Wenn es eilt, fragen Sie die IT, ob Sie aus einem anderen Postfach senden können.',
  'finding.send.throttled.admin': 'Exchange Online hat SMTP AUTH für {address} nach fortlaufenden Fehlern gedrosselt (550 5.2.251 bis 5.2.255). Der Microsoft-Support kann das nicht aufheben: Die Drosselung endet, wenn die Ursache (volles Postfach, „Senden als“ verweigert, ungültige Lizenz, zu viele oder ungültige Empfänger) behoben und der Drosselungszeitraum abgelaufen ist. Könnten Sie mir helfen, die Ursache zu finden?',

  'finding.send.restricted-sender.title': 'Ihr Konto ist für das Senden gesperrt',
  'finding.send.restricted-sender.explanation': 'Microsoft hat dieses Konto für das Senden gesperrt, meist weil es Spam versendet hat – oft ein Zeichen, dass jemand anderes es benutzt hat. Ihr IT-Admin muss die Sperre aufheben.',
  'finding.send.restricted-sender.steps.1': 'Ändern Sie jetzt Ihr Kennwort.',
  'finding.send.restricted-sender.steps.2': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.send.restricted-sender.admin': 'Mein Konto {address} ist für das Senden gesperrt (550 5.1.8 Access denied, bad outbound sender) und steht daher vermutlich auf der Liste „Eingeschränkte Entitäten“. Könnten Sie das Konto auf eine Kompromittierung prüfen, sein Kennwort zurücksetzen und es freigeben?',

  'finding.send.spam-blocked.title': 'Microsoft hat diese E-Mail als Spam abgelehnt',
  'finding.send.spam-blocked.explanation': 'Das Antispamsystem von Microsoft hat diese Nachricht oder die Adresse, von der sie kam, abgelehnt. Ihr IT-Admin kann sehen, warum, und die Entfernung von der Blockliste beantragen.',
  'finding.send.spam-blocked.steps.1': 'Senden Sie dieselbe Nachricht nicht immer wieder.',
  'finding.send.spam-blocked.steps.2': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.send.spam-blocked.admin': 'E-Mails von {address} werden von Exchange Online mit einer Antispam-Antwort „Access denied“ abgelehnt (5.7.501 bis 5.7.511). Könnten Sie den Code in der Microsoft-Referenz zu Unzustellbarkeitsberichten (NDR) nachschlagen und, falls unsere IP-Adresse oder Domäne gesperrt ist, die Entfernung von der Blockliste beantragen?',

  'finding.send.ip-blocklisted.title': 'Die Adresse, von der Ihre E-Mails kommen, steht auf einer Blockliste',
  'finding.send.ip-blocklisted.explanation': 'Der empfangende Maildienst blockiert die Internetadresse (IP), von der Ihre E-Mails gesendet werden, weil sie auf einer Spam-Blockliste steht. Nur die IT oder der Anbieter dieser Adresse kann sie entfernen lassen.',
  'finding.send.ip-blocklisted.steps.1': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.send.ip-blocklisted.steps.2': 'Senden Sie dieselbe Nachricht nicht immer wieder.',
  'finding.send.ip-blocklisted.admin': 'Wenn {sender} sendet, werden die E-Mails abgelehnt, weil unsere sendende IP-Adresse auf einer Blockliste steht (zum Beispiel 5.7.606–5.7.649 „banned sending IP“ oder eine DNS-Blockliste). Könnten Sie herausfinden, warum die Adresse gelistet ist, die Ursache beheben und die Entfernung beantragen? Das Entfernungsportal von Microsoft ist {delistPortal}.',

  'finding.send.from-rejected.title': 'Die Absenderadresse der Nachricht wurde abgelehnt',
  'finding.send.from-rejected.explanation': 'Die Absenderzeile („Von“) der Nachricht fehlt, ist ungültig oder hat die Prüfung der Absenderdomäne (DMARC) nicht bestanden. Die App oder die Einstellungen Ihrer Domäne müssen korrigiert werden.',
  'finding.send.from-rejected.steps.1': 'Achten Sie darauf, dass die App Ihre eigene E-Mail-Adresse als Absenderadresse verwendet.',
  'finding.send.from-rejected.steps.2': 'Wenn Sie die eigene Domäne Ihrer Organisation verwenden, bitten Sie die IT, deren SPF-, DKIM- und DMARC-Einträge zu prüfen.',
  'finding.send.from-rejected.admin': 'E-Mails von {address} werden mit 5.7.509 (DMARC) oder 5.7.512 (From-Header nicht RFC 5322-konform) abgelehnt. Könnten Sie die SPF-, DKIM- und DMARC-Einstellungen unserer Domäne und den From-Header prüfen, den die sendende App verwendet?',

  'finding.send.temporary-restriction.title': 'Microsoft hält E-Mails vorübergehend zurück',
  'finding.send.temporary-restriction.explanation': 'Microsoft hat das Senden über diese Verbindung vorübergehend eingeschränkt, oft nach einem plötzlichen Anstieg der E-Mail-Menge. Meist löst sich das von selbst.',
  'finding.send.temporary-restriction.steps.1': 'Warten Sie und versuchen Sie es später erneut.',
  'finding.send.temporary-restriction.steps.2': 'Wenn es länger als einen Tag dauert, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.send.temporary-restriction.admin': 'Beim Senden von {address} kommt „451 4.7.500-699 Access denied, please try again later“. Könnten Sie prüfen, ob unsere IP-Adresse gedrosselt wird und ob wir von einer onmicrosoft.com-Adresse senden (diese sind begrenzt) oder einen Connector brauchen?',

  'finding.send.recipient-rejected.title': 'Die Empfängeradresse wurde abgelehnt',
  'finding.send.recipient-rejected.explanation': 'Der Server hat die Adresse abgelehnt, an die Sie senden wollten. Vielleicht ist sie falsch geschrieben, oder es gibt sie nicht.',
  'finding.send.recipient-rejected.steps.1': 'Prüfen Sie die Empfängeradresse auf Tippfehler.',
  'finding.send.recipient-rejected.steps.2': 'Senden Sie die Testnachricht an Ihre eigene Adresse.',
  'finding.send.recipient-rejected.admin': 'Exchange Online lehnt den Empfänger ab, wenn ich von {address} sende. Könnten Sie prüfen, ob der Empfänger existiert und ob eine Nachrichtenflussregel ihn blockiert?',

  'finding.send.forwarding-blocked.title': 'Ihre Organisation erlaubt keine Weiterleitung nach außen',
  'finding.send.forwarding-blocked.explanation': 'Die Sicherheitseinstellungen Ihrer Organisation haben eine Nachricht blockiert, die automatisch (durch eine Weiterleitungsregel) an eine externe Adresse weitergeleitet wurde.',
  'finding.send.forwarding-blocked.steps.1': 'Wenn Sie eine Weiterleitungsregel eingerichtet haben, entfernen Sie sie, oder fragen Sie die IT, ob sie erlaubt ist.',
  'finding.send.forwarding-blocked.steps.2': 'Wenn die Weiterleitung für die Arbeit nötig ist, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.send.forwarding-blocked.admin': 'Die automatische Weiterleitung von {address} an eine externe Adresse wird blockiert (550 5.7.520 „Your organization does not allow external forwarding“). Könnten Sie die Richtlinie für ausgehenden Spam (Einstellung unten) prüfen und mir sagen, ob diese Weiterleitung erlaubt werden kann?',

  'finding.send.smtputf8-unsupported.title': 'Der Server kann mit dieser Adresse nicht umgehen',
  'finding.send.smtputf8-unsupported.explanation': 'Die Adresse enthält vor dem @ Buchstaben außerhalb des einfachen englischen Alphabets (zum Beispiel ü oder é), und der Server unterstützt solche Adressen nicht.',
  'finding.send.smtputf8-unsupported.steps.1': 'Wenn das Postfach eine Adresse mit einfachen Buchstaben hat (einen Alias), senden Sie von dieser.',
  'finding.send.smtputf8-unsupported.steps.2': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.send.smtputf8-unsupported.admin': 'Das Senden mit der Adresse {address} schlägt fehl, weil sie vor dem @ Nicht-ASCII-Zeichen enthält und {host} kein SMTPUTF8 anbietet. Könnten Sie dem Postfach einen reinen ASCII-Alias zum Senden geben, oder mir sagen, welcher Server internationalisierte Adressen annimmt?',

  'finding.send.failed-no-detail.title': 'Ihre E-Mail-App konnte nicht senden und hat nicht gesagt, warum',
  'finding.send.failed-no-detail.explanation': 'Die E-Mail-App hat gemeldet, dass das Senden fehlgeschlagen ist, aber die Antwort des Servers nicht angezeigt. Ein Test hier zeigt genau, welcher Schritt fehlschlägt.',
  'finding.send.failed-no-detail.steps.1': 'Testen Sie Ihre Einstellungen mit dieser App: Wählen Sie Ihre Kontoart und testen Sie.',
  'finding.send.failed-no-detail.steps.2': 'Prüfen Sie den Postausgangsserver: Für Microsoft 365 ist das {m365Host}, Port {m365Port}, STARTTLS, mit Ihrer vollständigen Adresse als Benutzername.',
  'finding.send.failed-no-detail.steps.3': 'Wenn der Test hier funktioniert, entfernen Sie das Konto aus der E-Mail-App und fügen Sie es neu hinzu.',
  'finding.send.failed-no-detail.admin': 'Wenn {sender} sendet, schlägt das mit einer Meldung ohne Grund fehl (die Antwort des Servers wird nicht angezeigt). Könnten Sie das Entra-Anmeldeprotokoll und die Nachrichtenablaufverfolgung für {address} prüfen, oder mir sagen, welche Angaben Sie brauchen?',

  // tenant / relay / server
  'finding.tenant.blocked.title': 'Das Microsoft 365 Ihrer Organisation ist für das Senden gesperrt',
  'finding.tenant.blocked.explanation': 'Microsoft hat das Senden für Ihre gesamte Organisation eingeschränkt, zum Beispiel bei einem neuen oder Test-Abonnement oder bei nicht verifizierten Domänen. Nur Ihr IT-Admin und Microsoft können das aufheben.',
  'finding.tenant.blocked.steps.1': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.tenant.blocked.admin': 'Exchange Online lehnt unsere E-Mails mit einer Sperre auf Mandantenebene ab (5.7.705 tenant has exceeded threshold, 5.7.708 traffic not accepted from this IP oder 5.7.750 unregistered domains). Könnten Sie unsere Domänen verifizieren (siehe unten) und den Microsoft-Support bitten, die Einschränkung aufzuheben?',

  'finding.relay.tenant-attribution.title': 'Der Relay-Connector erkennt diesen Absender nicht',
  'finding.relay.tenant-attribution.explanation': 'E-Mails, die über das Relay Ihrer Organisation gesendet werden, werden ihrem Connector nicht zugeordnet. Meist hat sich die sendende IP-Adresse oder das Zertifikat geändert.',
  'finding.relay.tenant-attribution.steps.1': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.relay.tenant-attribution.admin': 'Das Relaying schlägt mit „5.7.64 TenantAttribution; Relay Access Denied“ fehl: Der eingehende Connector passt nicht zu unserer sendenden IP-Adresse oder unserem Zertifikat. Könnten Sie den Connector aktualisieren?',

  'finding.relay.direct-send-rejected.title': 'Ihre Organisation erlaubt kein Direct Send',
  'finding.relay.direct-send-rejected.explanation': 'Dieses Gerät sendet ohne Anmeldung („Direct Send“), und Ihre Organisation hat das ausgeschaltet. Es muss sich anmelden oder einen Connector verwenden.',
  'finding.relay.direct-send-rejected.steps.1': 'Wenn sich das Gerät anmelden kann, verwenden Sie {m365Host}, Port {m365Port}, STARTTLS mit Anmeldung.',
  'finding.relay.direct-send-rejected.steps.2': 'Andernfalls senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.relay.direct-send-rejected.admin': 'Direct Send von unserem Gerät wird abgelehnt (550 5.7.68 TenantInboundAttribution; Direct Send not allowed), also ist RejectDirectSend für unsere Organisation eingeschaltet. Könnten Sie einen eingehenden Partner-Connector für die IP-Adresse oder das Zertifikat des Geräts einrichten, oder ihm stattdessen SMTP AUTH-Anmeldedaten geben?',

  'finding.relay.external-recipients-not-allowed.title': 'Über diesen Weg kann nicht nach außen gesendet werden',
  'finding.relay.external-recipients-not-allowed.explanation': 'Wenn ohne Anmeldung an den eigenen Mailserver Ihrer Organisation gesendet wird (Direct Send), kommen E-Mails nur innerhalb Ihrer Organisation an. Für externe Adressen ist eine Anmeldung oder ein Connector nötig.',
  'finding.relay.external-recipients-not-allowed.steps.1': 'Testen Sie mit einer Adresse innerhalb Ihrer Organisation.',
  'finding.relay.external-recipients-not-allowed.steps.2': 'Um nach außen zu senden, verwenden Sie {m365Host}, Port {m365Port}, STARTTLS mit Anmeldung, oder bitten Sie die IT um einen Connector.',
  'finding.relay.external-recipients-not-allowed.admin': 'Wenn {sender} an einen externen Empfänger sendet, wird das abgelehnt (550 5.4.1 Relay Access Denied oder 550 5.7.54 Unable to relay recipient in non-accepted domain), weil Direct Send nur an interne Empfänger zustellt. Könnten Sie dafür einen eingehenden Connector einrichten (Einstellung unten) oder SMTP AUTH-Anmeldedaten bereitstellen?',

  'finding.server.temporary-failure.title': 'Der Server hatte ein vorübergehendes Problem',
  'finding.server.temporary-failure.explanation': 'Der Mailserver hat gemeldet, dass er das gerade nicht verarbeiten kann. Solche Probleme lösen sich meist innerhalb von Minuten von selbst.',
  'finding.server.temporary-failure.steps.1': 'Warten Sie ein paar Minuten und testen Sie erneut.',
  'finding.server.temporary-failure.steps.2': 'Wenn es länger als eine Stunde dauert, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.server.temporary-failure.admin': '{host} meldet beim Senden immer wieder einen vorübergehenden Fehler. Könnten Sie in Microsoft 365 die Dienstintegrität von Exchange Online prüfen?',

  'finding.unknown.title': 'Diesen Fehler kennen wir nicht',
  'finding.unknown.explanation': 'Der Server oder die App hat ein Problem gemeldet, das diese App noch nicht kennt. Der genaue Wortlaut bleibt erhalten, damit Ihr IT-Admin ihn nachschlagen kann.',
  'finding.unknown.steps.1': 'Prüfen Sie Servername, Port und Verschlüsselung. Für Microsoft 365: {m365Host}, {m365Port}, STARTTLS.',
  'finding.unknown.steps.2': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.unknown.admin': 'Wenn {sender} als {address} über {host} sendet, schlägt das mit einem Fehler fehl, den der Mail Setup Assistant nicht kennt. Könnten Sie sich das ansehen?',
};
