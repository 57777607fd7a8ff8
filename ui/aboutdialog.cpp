// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "models/commodityicon.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace meterscope {

AboutDialog::AboutDialog(DataSource source, QWidget *parent) : QDialog(parent), m_column(new QVBoxLayout)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Meterscope"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // lines of readable length, not a column
    auto *outer = new QHBoxLayout(this);
    auto *logo = new QLabel(this);
    logo->setPixmap(applicationIcon().pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);
    outer->addWidget(logo);
    outer->addLayout(m_column, 1);

    QLabel *title = addLine(QStringLiteral("aboutVersionLabel"), tr("Meterscope %1").arg(version()));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    addLine(QStringLiteral("aboutDescriptionLabel"),
            tr("Energy consumption of your sites and meters — charted, totalled and exported, in each "
               "site's own time zone."));
    addLine(QStringLiteral("aboutDataSourceLabel"),
            source == DataSource::Demo
                ? tr("Data: the built-in demo data, served on this computer (no account, no network).")
                : tr("Data: Schneider Electric EcoStruxure Energy Contextualized Data API."));
    QLabel *licence = addLine(QStringLiteral("aboutLicenceLabel"),
                              tr("Licence: <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
                                 "GPL-3.0-or-later</a>. Meterscope comes with no warranty."));
    licence->setTextFormat(Qt::RichText);
    licence->setTextInteractionFlags(Qt::TextBrowserInteraction);
    licence->setOpenExternalLinks(true);
    addLine(QStringLiteral("aboutQtVersionLabel"),
            tr("Built with Qt %1, running on Qt %2.")
                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_column->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_column->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::version()
{
    const QString running = QCoreApplication::applicationVersion();
    return running.isEmpty() ? QStringLiteral(MS_VERSION) : running;
}

QLabel *AboutDialog::addLine(const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_column->addWidget(label);
    return label;
}

} // namespace meterscope
