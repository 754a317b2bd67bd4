#!/bin/bash
# Configures the installed Postfix as an independent SMTP peer on loopback, exactly as
# described in docs/build-machines.md ("Postfix on loopback"), and starts (or reloads) it.
# Idempotent: run it as often as you like. Needs root.
#   127.0.0.1:2587  STARTTLS required, SASL (PLAIN LOGIN) only after TLS
#   127.0.0.1:2465  implicit TLS, SASL
#   user alice@lab.localhost / password wonderland; mail for root@lab.localhost → /var/mail/root
#   certificate for localhost: /etc/postfix/lab.crt; log: /var/log/postfix.log
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh: must run as root (sudo sh test/lab/postfix/setup.sh)" >&2
  exit 1
fi

if ! command -v postconf >/dev/null || ! command -v saslpasswd2 >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
  echo "postfix postfix/mailname string lab.localhost" | debconf-set-selections
  apt-get install -y --no-install-recommends postfix sasl2-bin libsasl2-modules
fi

# Certificate: (re)issue when missing or expiring within a day.
if [ ! -s /etc/postfix/lab.crt ] || ! openssl x509 -checkend 86400 -noout -in /etc/postfix/lab.crt >/dev/null 2>&1; then
  openssl req -x509 -newkey rsa:2048 -sha256 -days 365 -nodes \
    -keyout /etc/postfix/lab.key -out /etc/postfix/lab.crt \
    -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
fi
chmod 600 /etc/postfix/lab.key
chmod 644 /etc/postfix/lab.crt

postconf -e "myhostname = lab.localhost" "mydestination = lab.localhost, localhost" \
  "inet_interfaces = loopback-only" "inet_protocols = ipv4" \
  "smtpd_tls_cert_file = /etc/postfix/lab.crt" "smtpd_tls_key_file = /etc/postfix/lab.key" \
  "smtpd_tls_security_level = may" "smtpd_sasl_type = cyrus" "smtpd_sasl_path = smtpd" \
  "cyrus_sasl_config_path = /etc/postfix/sasl" "smtpd_sasl_local_domain = lab.localhost" \
  "maillog_file = /var/log/postfix.log" "compatibility_level = 3.6"

# No port-25 listener (only matches the uncommented line, so repeating is harmless).
sed -i 's/^smtp      inet/#smtp      inet/' /etc/postfix/master.cf

# The lab services, replaced as one marked block so reruns converge on the same file.
BEGIN_MARK='# >>> mail-setup-lab submission services'
END_MARK='# <<< mail-setup-lab submission services'
sed -i "/^${BEGIN_MARK}\$/,/^${END_MARK}\$/d" /etc/postfix/master.cf
cat >> /etc/postfix/master.cf <<EOM
${BEGIN_MARK}
127.0.0.1:2587 inet n - n - - smtpd
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
127.0.0.1:2465 inet n - n - - smtpd
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
${END_MARK}
EOM

mkdir -p /etc/postfix/sasl
printf 'pwcheck_method: auxprop\nauxprop_plugin: sasldb\nmech_list: PLAIN LOGIN\nsasldb_path: /etc/sasldb2\n' \
  > /etc/postfix/sasl/smtpd.conf
echo -n 'wonderland' | saslpasswd2 -p -c -u lab.localhost alice
chown root:sasl /etc/sasldb2
chmod 640 /etc/sasldb2
usermod -a -G sasl postfix

# Local delivery needs the alias database.
newaliases
touch /var/log/postfix.log

postfix check
if postfix status >/dev/null 2>&1; then
  postfix reload
else
  postfix start
fi

# Wait until the submission port answers (a fresh start takes a fraction of a second).
for _ in $(seq 1 50); do
  if (exec 3<>/dev/tcp/127.0.0.1/2587) 2>/dev/null; then
    echo "Postfix lab ready: 127.0.0.1:2587 (STARTTLS) and 127.0.0.1:2465 (implicit TLS)"
    exit 0
  fi
  sleep 0.1
done
echo "setup.sh: Postfix did not start listening on 127.0.0.1:2587; see /var/log/postfix.log" >&2
exit 1
