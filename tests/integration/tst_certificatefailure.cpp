// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A server whose certificate is not accepted (self-signed, on 127.0.0.1) is reported as a certificate
// problem, for the API and for the token endpoint, not as "cannot be reached", and nothing is sent to it.
#include "api/apiclient.h"
#include "api/apiprofile.h"
#include "api/statictokensource.h"
#include "auth/tokenclient.h"
#include "resources/bundledresources.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace meterscope;

class TestCertificateFailure : public QObject
{
    Q_OBJECT

    QSslServer m_server;
    int m_requestsRead = 0;

    [[nodiscard]] QUrl origin() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    ApiProfile profile() const
    {
        QString error;
        ApiProfile result = ApiProfile::fromJson(
            QStringLiteral("{\"baseUrl\": \"%1/api\", \"oauth\": {\"clientId\": \"mine\", \"tokenUrl\": "
                           "\"%1/token\"}}")
                .arg(origin().toString())
                .toUtf8(),
            &error);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BundledResources::ensureLoaded();
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend");
        const QString dir = qEnvironmentVariable("MS_SOURCE_DIR") + QStringLiteral("/tests/data/tls/");
        QFile certificateFile(dir + QStringLiteral("selfsigned-127.0.0.1.crt"));
        QFile keyFile(dir + QStringLiteral("selfsigned-127.0.0.1.key"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        m_server.setSslConfiguration(configuration);
        // A socket whose handshake failed is not handed out: it goes as soon as it failed.
        connect(&m_server, &QSslServer::errorOccurred, this,
                [](QSslSocket *socket, QAbstractSocket::SocketError) { socket->deleteLater(); });
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    ++m_requestsRead; // only after a completed handshake
                    socket->readAll();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    // Each refused handshake's sockets and the client's deferred deletions are gone before the next.
    void cleanup()
    {
        QTest::qWait(100);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void apiRequestSaysCertificate()
    {
        ApiClient client(profile());
        StaticTokenSource token(QStringLiteral("mspat_never_sent_0123456789"));
        client.setTokenSource(&token);
        ApiError failure;
        bool done = false;
        client.fetchSites(this, [&](const QList<Site> &, const ApiError &error) {
            failure = error;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(failure.kind, ApiError::Kind::Tls);
        QVERIFY2(failure.userMessage().contains(QStringLiteral("certificate")),
                 qPrintable(failure.userMessage()));
        QVERIFY(!failure.userMessage().contains(QStringLiteral("check your network")));
        QCOMPARE(m_requestsRead, 0);
    }

    void tokenRequestSaysCertificate()
    {
        const ApiProfile tokenProfile = profile();
        ApiClient client(tokenProfile);
        TokenClient tokens(tokenProfile, client.funnel());
        tokens.setClientSecret(QStringLiteral("client-secret-never-sent"));
        ApiError failure;
        bool done = false;
        tokens.refresh(QStringLiteral("refresh-token-never-sent"), this,
                       [&](const TokenResponse &, const ApiError &error) {
                           failure = error;
                           done = true;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(failure.kind, ApiError::Kind::Tls);
        QVERIFY2(failure.userMessage().contains(QStringLiteral("certificate was not accepted")),
                 qPrintable(failure.userMessage()));
        QVERIFY(!failure.userMessage().contains(QStringLiteral("cannot be reached")));
        QCOMPARE(m_requestsRead, 0);
    }
};

QTEST_GUILESS_MAIN(TestCertificateFailure)
#include "tst_certificatefailure.moc"
