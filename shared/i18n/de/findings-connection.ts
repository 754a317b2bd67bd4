import type { findingsConnection as source } from '../en/findings-connection';
import type { Translation } from '../translation';

/** German: findings about the network, TLS and the SMTP protocol. */
export const findingsConnection: Translation<typeof source> = {
  // network
  'finding.network.offline.title': 'Dieser Computer ist nicht mit dem Internet verbunden',
  'finding.network.offline.explanation': 'Der Test konnte keinen Server erreichen. Es liegt also an der Verbindung, nicht an Ihren E-Mail-Einstellungen. Alles andere in dieser App funktioniert auch offline.',
  'finding.network.offline.steps.1': 'Prüfen Sie, ob das WLAN oder das Netzwerkkabel verbunden ist.',
  'finding.network.offline.steps.2': 'Öffnen Sie eine beliebige Website, um zu sehen, ob das Internet funktioniert, und testen Sie dann erneut.',
  'finding.network.offline.steps.3': 'Wenn Sie ein VPN nutzen, verbinden oder trennen Sie es und testen Sie erneut.',
  'finding.network.offline.admin': 'Mein Computer erreicht das Internet nicht, deshalb kann ich meine E-Mail-Einstellungen nicht testen. Könnten Sie meine Netzwerkverbindung prüfen?',

  'finding.network.dns-failure.title': 'Der Name des Mailservers wurde nicht gefunden',
  'finding.network.dns-failure.explanation': 'Ihr Computer konnte den Namen {host} nicht auflösen. Vielleicht ist er falsch geschrieben, oder der Namensdienst des Netzwerks (DNS) funktioniert nicht.',
  'finding.network.dns-failure.steps.1': 'Prüfen Sie den Servernamen: Für Microsoft 365 lautet er {m365Host}.',
  'finding.network.dns-failure.steps.2': 'Alte regionale Namen wie {obsoleteHost} funktionieren nicht mehr. Verwenden Sie {m365Host}.',
  'finding.network.dns-failure.steps.3': 'Wenn sich auch Websites nicht öffnen, liegt es am Netzwerk: Versuchen Sie es in einem anderen Netzwerk.',
  'finding.network.dns-failure.admin': 'Mein Computer kann den Mailservernamen {host} nicht auflösen (die DNS-Abfrage schlägt fehl). Könnten Sie unsere DNS-Einstellungen prüfen oder nachsehen, ob ein Filter diesen Namen blockiert?',

  'finding.network.port-blocked.title': 'Etwas im Netzwerk blockiert den Mail-Port',
  'finding.network.port-blocked.explanation': 'Die Verbindung zu {host} auf Port {port} hat keine Antwort bekommen. Meist blockiert sie eine Firewall, ein Sicherheitsprogramm oder Ihr Internetanbieter.',
  'finding.network.port-blocked.steps.1': 'Testen Sie in einem anderen Netzwerk, zum Beispiel über den Hotspot Ihres Handys. Klappt es dort, blockiert dieses Netzwerk den Port.',
  'finding.network.port-blocked.steps.2': 'Achten Sie darauf, dass Port {m365Port} mit STARTTLS eingestellt ist – so empfiehlt es Microsoft.',
  'finding.network.port-blocked.steps.3': 'Bitten Sie Ihr IT-Team, ausgehende Verbindungen zu {host} auf Port {port} zu erlauben.',
  'finding.network.port-blocked.admin': 'Ausgehende Verbindungen von meinem Computer zu {host} auf TCP-Port {port} laufen in eine Zeitüberschreitung. Könnten Sie ausgehendes TCP {port} zu {host} in der Firewall freigeben? Microsoft 365 verwendet zum Senden von E-Mails Port {m365Port} mit STARTTLS.',

  'finding.network.port-25-blocked.title': 'Ihr Internetanbieter sperrt Port 25',
  'finding.network.port-25-blocked.explanation': 'Anbieter von Heim- und Mobilfunkinternet sperren den ausgehenden Port 25 meist, um Spam zu verhindern. Das ist kein Problem von Microsoft: Verwenden Sie stattdessen Port {m365Port}.',
  'finding.network.port-25-blocked.steps.1': 'Stellen Sie den Port auf {m365Port} mit STARTTLS um und testen Sie erneut.',
  'finding.network.port-25-blocked.steps.2': 'Wenn Sie Port 25 verwenden müssen (zum Beispiel für einen Scanner, der über ein Relay sendet), muss das vom Büronetzwerk aus geschehen.',
  'finding.network.port-25-blocked.admin': 'Port 25 zu {host} ist in dem Netzwerk gesperrt, in dem ich gerade bin (Internetanbieter für Privatkunden sperren ihn meist). Könnten Sie bestätigen, dass ich über {m365Host} auf Port {m365Port} mit STARTTLS senden soll, oder mir sagen, welches Relay ich außerhalb des Büros verwenden soll?',

  'finding.network.connection-refused.title': 'Der Server hat die Verbindung abgelehnt',
  'finding.network.connection-refused.explanation': 'Der Computer unter {host} hat geantwortet, nimmt auf Port {port} aber keine Verbindungen an. Wahrscheinlich ist der Port oder der Servername falsch.',
  'finding.network.connection-refused.steps.1': 'Prüfen Sie Servername und Port: Microsoft 365 verwendet {m365Host}, Port {m365Port}, STARTTLS.',
  'finding.network.connection-refused.steps.2': 'Wenn die Einstellungen stimmen, lehnt vielleicht eine Firewall oder ein Proxy die Verbindung ab: Testen Sie in einem anderen Netzwerk.',
  'finding.network.connection-refused.admin': 'Verbindungen von meinem Computer zu {host} auf Port {port} werden abgelehnt. Könnten Sie prüfen, ob eine Firewall oder ein Proxy ausgehende Verbindungen zu diesem Port zurückweist?',

  'finding.network.connect-failed.title': 'Die App konnte keine Verbindung zum Mailserver herstellen',
  'finding.network.connect-failed.explanation': 'Die App konnte keine Verbindung zum Postausgangsserver öffnen, und ihre Meldung sagt nicht, warum. Meist ist der Servername oder der Port falsch, oder eine Firewall oder ein Sicherheitsprogramm blockiert die Verbindung.',
  'finding.network.connect-failed.steps.1': 'Prüfen Sie den Postausgangsserver: Für Microsoft 365 ist das {m365Host}, Port {m365Port}, STARTTLS (manche Apps nennen das „TLS“).',
  'finding.network.connect-failed.steps.2': 'Port {port465} funktioniert bei Microsoft nicht: Stellen Sie ihn auf {m365Port} um.',
  'finding.network.connect-failed.steps.3': 'Testen Sie hier mit dieser App: Sie zeigt genau, wo die Verbindung abbricht.',
  'finding.network.connect-failed.admin': 'Das Senden schlägt fehl, weil {sender} keine Verbindung zum Postausgangsserver herstellen kann (die Meldung sagt nur, dass keine Verbindung möglich ist). Könnten Sie prüfen, ob ausgehendes TCP {m365Port} zu {m365Host} aus unserem Netzwerk erlaubt ist und kein Sicherheitsprodukt es blockiert?',

  'finding.network.connection-reset.title': 'Die Verbindung wurde unterbrochen',
  'finding.network.connection-reset.explanation': 'Die Verbindung zum Mailserver kam zustande, wurde dann aber plötzlich getrennt. Das passiert oft durch eine Firewall, ein Sicherheitsprogramm oder ein instabiles Netzwerk.',
  'finding.network.connection-reset.steps.1': 'Testen Sie erneut: Eine kurze Netzwerkstörung geht von selbst vorbei.',
  'finding.network.connection-reset.steps.2': 'Wenn es immer wieder passiert, testen Sie in einem anderen Netzwerk.',
  'finding.network.connection-reset.steps.3': 'Wenn Ihr Virenschutz E-Mails prüft, schalten Sie diese Prüfung kurz aus, testen Sie erneut und schalten Sie sie dann wieder ein.',
  'finding.network.connection-reset.admin': 'Meine Verbindung zu {host} auf Port {port} bricht mitten in der Mail-Sitzung ab. Könnten Sie prüfen, ob eine Firewall, ein Proxy oder ein E-Mail-Scanner den SMTP-Verkehr zu diesem Server unterbricht?',

  'finding.network.greeting-timeout.title': 'Der Server hat die Verbindung angenommen, sich aber nie gemeldet',
  'finding.network.greeting-timeout.explanation': 'Eine Verbindung kam zustande, aber der Mailserver hat nie seine Begrüßung gesendet. Meist passt die Verschlüsselungseinstellung nicht zum Port, oder etwas dazwischen hält die Verbindung fest.',
  'finding.network.greeting-timeout.steps.1': 'Verwenden Sie Port {m365Port} mit STARTTLS.',
  'finding.network.greeting-timeout.steps.2': 'Wenn Sie SSL/TLS gewählt haben, wechseln Sie zu STARTTLS. Wenn Sie Port {port465} gewählt haben, wechseln Sie zu {m365Port}.',
  'finding.network.greeting-timeout.steps.3': 'Testen Sie in einem anderen Netzwerk, um eine Firewall auszuschließen.',
  'finding.network.greeting-timeout.admin': 'Mein Computer verbindet sich mit {host} auf Port {port}, aber die SMTP-Begrüßung des Servers kommt nie an. Könnten Sie prüfen, ob eine Firewall oder ein Proxy SMTP-Verbindungen auf diesem Port festhält?',

  // tls
  'finding.tls.mode-mismatch.title': 'Die Verschlüsselungseinstellung passt nicht zum Port',
  'finding.tls.mode-mismatch.explanation': 'Die App hat die Verschlüsselung anders gestartet, als der Server es erwartet. Port {m365Port} braucht STARTTLS; SSL/TLS vom ersten Moment an gehört zu Port {port465}.',
  'finding.tls.mode-mismatch.steps.1': 'Stellen Sie den Port auf {m365Port} und die Verschlüsselung auf STARTTLS.',
  'finding.tls.mode-mismatch.steps.2': 'Manche Apps nennen STARTTLS „TLS“ und implizites TLS „SSL“. Wählen Sie für Port {m365Port} STARTTLS (oder „TLS“).',
  'finding.tls.mode-mismatch.steps.3': 'Testen Sie erneut.',
  'finding.tls.mode-mismatch.admin': 'Die Verschlüsselungseinstellung, die {sender} verwendet, passte nicht zum Server {host} auf Port {port} (STARTTLS statt SSL/TLS oder umgekehrt). Ich stelle auf Port {m365Port} mit STARTTLS um. Bitte sagen Sie mir, falls unsere Organisation andere Einstellungen verwendet.',

  'finding.tls.port-465-unsupported.title': 'Microsoft bietet Port 465 nicht an',
  'finding.tls.port-465-unsupported.explanation': '{host} ist ein Server von Microsoft, und Microsoft nimmt auf Port {port465} keine E-Mails von Apps an. Das ist kein Netzwerkfehler: Verwenden Sie Port {m365Port} mit STARTTLS.',
  'finding.tls.port-465-unsupported.steps.1': 'Stellen Sie den Port auf {m365Port} und die Verschlüsselung auf STARTTLS um.',
  'finding.tls.port-465-unsupported.steps.2': 'Wenn Ihr Gerät nur Port {port465} kann, kann es nicht direkt über Microsoft 365 senden: Fragen Sie die IT nach einem Relay.',
  'finding.tls.port-465-unsupported.admin': 'Bisher war {sender} für {host} auf Port {port465} eingestellt, den Microsoft 365 zum Senden nicht unterstützt. Ich stelle auf Port {m365Port} mit STARTTLS um. Könnten Sie mir sagen, ob unsere Organisation andere Einstellungen verwendet? Ein Gerät, das nur Port {port465} kann, braucht einen anderen Weg, zum Beispiel ein Connector-Relay.',

  'finding.tls.starttls-unavailable.title': 'Der Server bietet keine Verschlüsselung an',
  'finding.tls.starttls-unavailable.explanation': 'Der Server hat kein STARTTLS angeboten, daher kann Ihr Kennwort nicht sicher gesendet werden. Die Server von Microsoft bieten es immer an – also ist der Servername falsch, oder etwas im Netzwerk entfernt es.',
  'finding.tls.starttls-unavailable.steps.1': 'Prüfen Sie den Servernamen: {m365Host} für Microsoft 365.',
  'finding.tls.starttls-unavailable.steps.2': 'Testen Sie in einem anderen Netzwerk: Manche Firewalls entfernen STARTTLS aus Mail-Verbindungen.',
  'finding.tls.starttls-unavailable.steps.3': 'Schalten Sie die Verschlüsselung nicht aus, nur damit es funktioniert.',
  'finding.tls.starttls-unavailable.admin': 'Der SMTP-Server {host} bietet meinem Computer auf Port {port} kein STARTTLS an. Könnten Sie prüfen, ob eine Firewall oder eine SMTP-Prüffunktion STARTTLS aus SMTP-Verbindungen entfernt?',

  'finding.tls.version-too-old.title': 'Ihre App nutzt eine alte, gesperrte Verschlüsselungsversion',
  'finding.tls.version-too-old.explanation': 'Microsoft akzeptiert nur {tlsMinimum} oder neuer, und diese App oder dieses Gerät hat eine ältere Version angeboten. Meist hilft ein Update der App oder des Betriebssystems.',
  'finding.tls.version-too-old.steps.1': 'Installieren Sie die Updates für Ihre E-Mail-App und Ihr Betriebssystem und testen Sie dann erneut.',
  'finding.tls.version-too-old.steps.2': 'Wenn es ein altes Gerät ist, das sich nicht aktualisieren lässt, fragen Sie die IT: Microsoft bietet eine Legacy-Option an, die man eigens einschalten muss.',
  'finding.tls.version-too-old.admin': 'Wenn {sender} an {host} sendet, wird TLS 1.0 oder 1.1 verwendet, das Exchange Online ablehnt (421 4.7.66). Könnten Sie mir beim Aktualisieren helfen? Falls sich das Gerät nicht aktualisieren lässt, bietet Microsoft einen Legacy-Endpunkt an, {legacyHost}, der mit der Einstellung unten eigens eingeschaltet wird (nicht verfügbar in GCC, GCC High oder DoD).',

  'finding.tls.handshake-failed.title': 'Die sichere Verbindung konnte nicht aufgebaut werden',
  'finding.tls.handshake-failed.explanation': 'Der Mailserver wurde erreicht, aber das Einrichten der Verschlüsselung ist fehlgeschlagen, und die Meldung sagt nicht, warum. Oft kennt die App oder das Gerät nur alte Verschlüsselung (Microsoft verlangt {tlsMinimum}), oder ein Sicherheitsprogramm funkt dazwischen.',
  'finding.tls.handshake-failed.steps.1': 'Installieren Sie die Updates für die App oder das Gerät (bei einem Drucker oder Scanner die Firmware) und testen Sie dann erneut.',
  'finding.tls.handshake-failed.steps.2': 'Testen Sie hier mit dieser App: Sie nennt das genaue Zertifikats- oder Versionsproblem.',
  'finding.tls.handshake-failed.steps.3': 'Wenn Ihr Virenschutz E-Mails prüft, fragen Sie die IT, ob er Mail-Verbindungen untersucht.',
  'finding.tls.handshake-failed.admin': 'Wenn {sender} an {host} sendet, schlägt der TLS-Aufbau (nach STARTTLS) ohne weitere Details fehl. Könnten Sie prüfen, ob dort {tlsMinimum} unterstützt und {g2Root} vertraut wird und ob eine SSL/TLS-Prüfung in unserem Netzwerk die Verbindung abfängt?',

  'finding.tls.certificate-untrusted.title': 'Dieser Computer vertraut dem Zertifikat des Servers nicht',
  'finding.tls.certificate-untrusted.explanation': 'Das Zertifikat des Servers führt zu einem Stammzertifikat, das dieser Computer nicht hat oder dem er nicht mehr vertraut. Bei Servern von Microsoft liegt das meist an einem veralteten Zertifikatspeicher, nicht an einem Angriff.',
  'finding.tls.certificate-untrusted.steps.1': 'Installieren Sie die Updates Ihres Betriebssystems: Sie erneuern die vertrauenswürdigen Zertifikate.',
  'finding.tls.certificate-untrusted.steps.2': 'Aktualisieren Sie diese App auf die neueste Version.',
  'finding.tls.certificate-untrusted.steps.3': 'Wenn das nicht hilft, bitten Sie die IT, das fehlende Stammzertifikat hinzuzufügen.',
  'finding.tls.certificate-untrusted.admin': 'Dem Zertifikat von {host} wird auf meinem Computer nicht vertraut (zum Beispiel „unable to get local issuer certificate“). Microsoft bittet Clients, {g2Root} zu vertrauen, und neuere Zertifikatspeicher enthalten DigiCert Global Root CA (G1) nicht mehr, das einige Server von Microsoft noch verwenden. Könnten Sie die vertrauenswürdigen Stammzertifikate auf meinem Computer aktualisieren?',

  'finding.tls.intercepted.title': 'Ein Sicherheitsprogramm fängt Ihre Mail-Verbindung ab',
  'finding.tls.intercepted.explanation': 'Das Zertifikat stammt von {interceptor}, nicht von der echten Zertifizierungsstelle des Mailservers. Virenschutz-, Firewall- und Proxyprodukte tun das, um den Datenverkehr zu prüfen – und dadurch scheitert die sichere Mail-Verbindung.',
  'finding.tls.intercepted.steps.1': 'Schalten Sie in den Einstellungen Ihres Virenschutzes die E-Mail- oder SSL-Prüfung für ausgehende E-Mails aus, oder fügen Sie eine Ausnahme für {host} hinzu.',
  'finding.tls.intercepted.steps.2': 'Wenn Ihre Firma dieses Produkt verwaltet, bitten Sie die IT, die Ausnahme hinzuzufügen.',
  'finding.tls.intercepted.steps.3': 'Akzeptieren Sie das Zertifikat nicht trotzdem: Ihr Kennwort würde sonst durch den Scanner laufen.',
  'finding.tls.intercepted.admin': 'Meine Verbindung zu {host} auf Port {port} wird abgefangen: Das Zertifikat wurde von {interceptor} ausgestellt statt von der öffentlichen Zertifizierungsstelle des Servers. Könnten Sie {host} Port {port} in diesem Produkt von der SSL/TLS-Prüfung und der E-Mail-Prüfung ausnehmen?',

  'finding.tls.hostname-mismatch.title': 'Das Zertifikat gehört zu einem anderen Server',
  'finding.tls.hostname-mismatch.explanation': 'Der Server hat ein Zertifikat für einen anderen Namen als {host} gezeigt. Vielleicht ist der Servername falsch, oder eine Anmeldeseite oder ein Proxy in diesem Netzwerk hat an seiner Stelle geantwortet.',
  'finding.tls.hostname-mismatch.steps.1': 'Prüfen Sie den Servernamen: Für Microsoft 365 lautet er {m365Host}, niemals eine IP-Adresse.',
  'finding.tls.hostname-mismatch.steps.2': 'Melden Sie sich in einem Hotel- oder Gäste-WLAN zuerst im Browser beim Netzwerk an und testen Sie dann erneut.',
  'finding.tls.hostname-mismatch.admin': 'Das TLS-Zertifikat, das für {host} auf Port {port} vorgelegt wird, passt nicht zu diesem Namen. Könnten Sie prüfen, ob ein Proxy oder ein Captive Portal in unserem Netzwerk statt des echten Servers antwortet?',

  'finding.tls.certificate-expired.title': 'Das Zertifikat des Servers ist abgelaufen',
  'finding.tls.certificate-expired.explanation': 'Das Zertifikat, das der Server gezeigt hat, ist abgelaufen. Wenn das Datum dieses Computers stimmt, liegt der Fehler beim Server oder bei etwas dazwischen.',
  'finding.tls.certificate-expired.steps.1': 'Prüfen Sie Datum und Uhrzeit auf diesem Computer.',
  'finding.tls.certificate-expired.steps.2': 'Wenn das Datum stimmt, senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.tls.certificate-expired.admin': 'Das Zertifikat, das {host} auf Port {port} vorlegt, ist laut meinem Computer abgelaufen, und meine Uhr geht richtig. Könnten Sie das Zertifikat des Servers prüfen und nachsehen, ob ein Proxy ein altes vorlegt?',

  'finding.tls.certificate-not-yet-valid.title': 'Das Zertifikat des Servers ist noch nicht gültig',
  'finding.tls.certificate-not-yet-valid.explanation': 'Der Server hat ein Zertifikat gezeigt, dessen Gültigkeit erst in der Zukunft beginnt. Die Uhr dieses Computers stimmt mit der des Servers überein, also liegt der Fehler beim Zertifikat oder bei etwas dazwischen.',
  'finding.tls.certificate-not-yet-valid.steps.1': 'Ändern Sie die Uhr Ihres Computers nicht: Sie geht richtig.',
  'finding.tls.certificate-not-yet-valid.steps.2': 'Senden Sie die Nachricht unten an Ihren IT-Admin.',
  'finding.tls.certificate-not-yet-valid.admin': 'Das Zertifikat, das {host} auf Port {port} vorlegt, ist noch nicht gültig (seine Gültigkeit beginnt erst in der Zukunft), obwohl die Uhr meines Computers mit der Zeit übereinstimmt, die der Server in seiner Begrüßung angegeben hat. Könnten Sie das Zertifikat auf diesem Server prüfen und nachsehen, ob ein Proxy in unserem Netzwerk ein eigenes vorlegt?',

  'finding.tls.clock-skew.title': 'Die Uhr dieses Computers geht falsch',
  'finding.tls.clock-skew.explanation': 'Sichere Verbindungen prüfen Datumsangaben, und Datum oder Uhrzeit dieses Computers stimmen nicht. Zertifikate wirken dann abgelaufen oder noch nicht gültig.',
  'finding.tls.clock-skew.steps.1': 'Stellen Sie Datum, Uhrzeit und Zeitzone richtig ein, am besten mit „Uhrzeit automatisch festlegen“.',
  'finding.tls.clock-skew.steps.2': 'Testen Sie erneut.',
  'finding.tls.clock-skew.admin': 'Die Uhr meines Computers scheint falsch zu gehen, und dadurch schlägt die Zertifikatprüfung für {host} fehl. Könnten Sie mir helfen, die Zeitsynchronisierung auf diesem Computer zu reparieren?',

  'finding.tls.revocation-unreachable.title': 'Der Dienst zur Zertifikatprüfung ist nicht erreichbar',
  'finding.tls.revocation-unreachable.explanation': 'Um das Zertifikat des Servers zu prüfen, muss dieser Computer die Sperrliste der Zertifizierungsstelle erreichen. Das Netzwerk blockiert das.',
  'finding.tls.revocation-unreachable.steps.1': 'Testen Sie in einem anderen Netzwerk.',
  'finding.tls.revocation-unreachable.steps.2': 'Bitten Sie die IT, die Sperrlisten-Adressen der Zertifizierungsstelle (CRL und OCSP) freizugeben.',
  'finding.tls.revocation-unreachable.admin': 'Die Prüfung des Zertifikats von {host} schlägt mit „unable to get certificate CRL“ fehl; die Adressen für die Sperrprüfung von Zertifikaten scheinen in unserem Netzwerk blockiert zu sein. Könnten Sie ausgehendes HTTP zu den CRL- und OCSP-Adressen freigeben, die in der Zertifikatkette des Servers genannt sind?',

  // protocol
  'finding.protocol.ehlo-required.title': 'Die App hat nach der Verschlüsselung einen nötigen Schritt ausgelassen',
  'finding.protocol.ehlo-required.explanation': 'Nach dem Einschalten der Verschlüsselung muss die App den Server erneut begrüßen (EHLO), und das hat sie nicht getan. Das ist ein Problem der E-Mail-App, nicht Ihres Kontos.',
  'finding.protocol.ehlo-required.steps.1': 'Aktualisieren Sie die E-Mail-App oder das Gerät.',
  'finding.protocol.ehlo-required.steps.2': 'Wenn es mit STARTTLS auf Port {m365Port} weiterhin passiert, kann nur der Hersteller der App das beheben.',
  'finding.protocol.ehlo-required.admin': 'Nach STARTTLS wiederholt {sender} das EHLO nicht, daher antwortet {host} mit „503 5.5.2 Send hello first“. Könnten Sie mir helfen, die Software oder das Gerät zu aktualisieren oder zu ersetzen?',

  'finding.protocol.starttls-required.title': 'Der Server verlangt zuerst Verschlüsselung',
  'finding.protocol.starttls-required.explanation': 'Die App wollte sich anmelden oder senden, bevor sie die Verschlüsselung eingeschaltet hat, und der Server hat abgelehnt. Mit STARTTLS ist das behoben.',
  'finding.protocol.starttls-required.steps.1': 'Stellen Sie die Verschlüsselung auf STARTTLS mit Port {m365Port}.',
  'finding.protocol.starttls-required.steps.2': 'Testen Sie erneut.',
  'finding.protocol.starttls-required.admin': 'Als {sender} ohne STARTTLS an {host} senden wollte, wurde das abgelehnt. Ich schalte STARTTLS auf Port {m365Port} ein. Bitte sagen Sie mir, falls unsere Einstellungen anders sind.',

  'finding.protocol.command-unrecognized.title': 'Der Server hat die App nicht verstanden',
  'finding.protocol.command-unrecognized.explanation': 'Der Server hat etwas erhalten, das er nicht als Mail-Befehl lesen konnte. Meist ist die Verschlüsselungseinstellung oder der Port falsch, oder etwas dazwischen verändert die Verbindung.',
  'finding.protocol.command-unrecognized.steps.1': 'Verwenden Sie Port {m365Port} mit STARTTLS.',
  'finding.protocol.command-unrecognized.steps.2': 'Testen Sie in einem anderen Netzwerk, um einen Proxy auszuschließen.',
  'finding.protocol.command-unrecognized.admin': 'Wenn {sender} sendet, antwortet {host} mit „500 5.3.3 Unrecognized command“. Könnten Sie prüfen, ob ein Proxy oder eine SMTP-Prüfung die Verbindung verändert?',
};
