// SPDX-FileCopyrightText: Meterscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstatusoverlay.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace meterscope {

namespace {
constexpr qint64 kPatientMs = 4000; // loading longer than this shows the seconds waited
constexpr int kCardMaxWidth = 520;
constexpr int kMargin = 8;

// `sentence` ends with a full stop (API messages may not).
QString asSentence(QString sentence)
{
    sentence = sentence.trimmed();
    if (!sentence.isEmpty() && !sentence.endsWith(u'.') && !sentence.endsWith(u'!') &&
        !sentence.endsWith(u'?') && !sentence.endsWith(u'…'))
        sentence += u'.';
    return sentence;
}
} // namespace

ChartStatusOverlay::ChartStatusOverlay(QWidget *parent)
    : QWidget(parent), m_card(new QFrame(this)), m_text(new QLabel(m_card)), m_details(new QLabel(m_card)),
      m_cancel(new QPushButton(tr("Cancel"), m_card)), m_retry(new QPushButton(m_card)),
      m_detailsButton(new QPushButton(tr("Details"), m_card))
{
    setObjectName(QStringLiteral("chartStatus"));
    m_card->setObjectName(QStringLiteral("chartStatusCard"));
    m_text->setObjectName(QStringLiteral("chartStatusText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("chartStatusDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFont(QFont(QStringLiteral("monospace")));
    m_details->hide();
    m_cancel->setObjectName(QStringLiteral("chartCancelButton"));
    m_cancel->setToolTip(tr("Stop loading this chart"));
    m_retry->setObjectName(QStringLiteral("chartRetryButton"));
    m_detailsButton->setObjectName(QStringLiteral("chartStatusDetailsButton"));
    m_detailsButton->setCheckable(true);

    auto *column = new QVBoxLayout(m_card);
    column->setContentsMargins(12, 8, 8, 8);
    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_retry);
    row->addWidget(m_cancel);
    column->addLayout(row);
    column->addWidget(m_details);

    connect(m_cancel, &QPushButton::clicked, this, &ChartStatusOverlay::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &ChartStatusOverlay::retryRequested);
    connect(m_detailsButton, &QPushButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        place(m_area);
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ChartStatusOverlay::updateText);
    updateColors();
    hide();
}

void ChartStatusOverlay::setStatus(const ChartLoadStatus &status, bool chartShown, bool previousChart)
{
    using State = ChartLoadStatus::State;
    const bool detailsChanged = status.details != m_status.details;
    m_status = status;
    m_chartShown = chartShown;
    m_previousChart = previousChart;
    // Nothing of this request on screen yet: the sentence takes the middle, over the old chart.
    const bool partialChart = chartShown && !previousChart;
    m_covers = status.state != State::Idle && !partialChart;
    m_dims = m_covers && chartShown;
    m_cancel->setVisible(status.isBusy());
    m_retry->setVisible((status.state == State::Failed && status.canRetry) || status.state == State::Stopped);
    m_retry->setText(status.state == State::Stopped ? tr("Load again") : tr("Retry"));
    m_retry->setToolTip(status.state == State::Stopped ? tr("Load this chart")
                                                       : tr("Try loading this chart again"));
    m_detailsButton->setVisible(status.state == State::Failed && !status.sessionEnded &&
                                !status.details.isEmpty());
    m_details->setText(status.details);
    if (detailsChanged)
        m_detailsButton->setChecked(false);
    updateColors();
    updateText();
    const bool timed = status.isBusy() || (status.state == State::Failed && status.retryAtUtcMs > 0);
    if (timed)
        m_tick.start();
    else
        m_tick.stop();
    setVisible(status.state != State::Idle);
    place(m_area);
}

QString ChartStatusOverlay::seconds(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, (ms + 999) / 1000);
    if (s < 60)
        return tr("%n s", nullptr, int(s));
    return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

void ChartStatusOverlay::updateText()
{
    using State = ChartLoadStatus::State;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString retryIn = m_status.retryAtUtcMs > now
                                ? tr("Trying again in %1.").arg(seconds(m_status.retryAtUtcMs - now))
                                : tr("Trying again now…");
    QString text;
    switch (m_status.state) {
    case State::Idle:
        break;
    case State::Loading: {
        const qint64 waited = now - m_status.sinceUtcMs;
        if (waited < kPatientMs)
            text = m_covers ? tr("Loading…") : tr("Loading the rest…");
        else
            text = tr("Still waiting for the server — %1.").arg(seconds(waited));
        break;
    }
    case State::Retrying:
        text = tr("%1 %2").arg(asSentence(m_status.reason), retryIn);
        break;
    case State::Failed:
        if (m_status.sessionEnded) {
            // The window's banner says why and offers the way back in.
            text = tr("The chart loads once you are signed in again.");
            break;
        }
        text = m_chartShown
                   ? tr("Part of this chart could not be loaded. %1").arg(asSentence(m_status.reason))
                   : tr("The chart could not be loaded. %1").arg(asSentence(m_status.reason));
        if (m_status.retryAtUtcMs > 0)
            text += QLatin1Char(' ') + (m_status.retryAtUtcMs > now ? retryIn : tr("Trying again now…"));
        break;
    case State::Stopped:
        text = m_previousChart ? tr("Loading stopped. The chart shown is the one before.")
               : m_chartShown  ? tr("Loading stopped: this chart is incomplete.")
                               : tr("Loading stopped.");
        break;
    }
    if (text != m_text->text()) {
        m_text->setText(text);
        place(m_area);
    }
}

QString ChartStatusOverlay::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void ChartStatusOverlay::place(const QRect &area)
{
    m_area = area;
    if (isHidden() || area.isEmpty())
        return;
    const int width = std::min(kCardMaxWidth, area.width() - 2 * kMargin);
    QLayout *layout = m_card->layout();
    layout->invalidate(); // buttons shown or hidden since the last time
    const int height =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->sizeHint().height();
    if (m_covers) {
        setGeometry(area);
        m_card->setGeometry((area.width() - width) / 2, std::max(kMargin, (area.height() - height) / 2),
                            width, height);
    } else {
        setGeometry(area.left() + (area.width() - width) / 2, area.top() + kMargin, width, height);
        m_card->setGeometry(0, 0, width, height);
    }
    raise();
    update();
}

void ChartStatusOverlay::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (!m_dims)
        return;
    QPainter painter(this);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(170);
    painter.fillRect(rect(), veil);
}

void ChartStatusOverlay::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void ChartStatusOverlay::updateColors()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const bool failed = m_status.state == ChartLoadStatus::State::Failed;
    // The accent only marks the edge; text and background are the palette's.
    const QColor accent = failed ? (dark ? QColor(0xff, 0x7b, 0x6b) : QColor(0xc0, 0x39, 0x2b))
                                 : pal.color(QPalette::Highlight);
    const QString sheet =
        QStringLiteral("#chartStatusCard { background: %1; border: 1px solid %2; border-left: 4px "
                       "solid %3; border-radius: 6px; } #chartStatusText, #chartStatusDetails { "
                       "color: %4; background: transparent; border: none; }")
            .arg(pal.color(QPalette::Base).name(), pal.color(QPalette::Mid).name(), accent.name(),
                 pal.color(QPalette::Text).name());
    if (m_card->styleSheet() != sheet)
        m_card->setStyleSheet(sheet);
}

} // namespace meterscope
