// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/previewwindow.h"

#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/library/thumbnailer.h"

namespace Wesog {

namespace {
constexpr int s_previewSize = 4096; // plenty for any screen; bounds memory for huge files
}

PreviewWindow::PreviewWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("previewWindow"));
    m_pool.setMaxThreadCount(1);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("previewImage"));
    m_label->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_label);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(true);
    m_scroll->setStyleSheet(QStringLiteral("background: #202020; color: #dddddd;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, [this] {
        m_image = m_watcher.result();
        render();
    });
    resize(1000, 720);
}

// The decode captures only the path; destroying m_pool (declared before the watcher, so
// destroyed after it) waits for a decode still running.
PreviewWindow::~PreviewWindow() = default;

void PreviewWindow::showImage(const QString &path)
{
    m_path = path;
    m_image = QImage();
    setWindowTitle(QFileInfo(path).fileName());
    m_label->setText(tr("Loading…"));
    m_label->setPixmap(QPixmap());
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path] { return Thumbnailer::make(path, s_previewSize); }));
    show();
    raise();
    activateWindow();
}

void PreviewWindow::showFetched(const QImage &image, const QString &title, const QString &failure)
{
    m_path.clear();
    m_image = image;
    setWindowTitle(title);
    if (image.isNull()) {
        m_label->setPixmap(QPixmap());
        m_label->setText(failure.isEmpty() ? tr("Loading…") : tr("Preview unavailable: %1").arg(failure));
    } else {
        render();
    }
    show();
    raise();
    activateWindow();
}

void PreviewWindow::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.0, 8.0);
    render();
}

void PreviewWindow::render()
{
    if (m_image.isNull()) {
        if (m_watcher.isFinished())
            m_label->setText(tr("This image cannot be shown."));
        return;
    }
    const QSize available = m_scroll->viewport()->size();
    const QSize size = m_zoom == 0 ? m_image.size().scaled(available, Qt::KeepAspectRatio).boundedTo(m_image.size())
                                   : m_image.size() * m_zoom;
    m_scroll->setWidgetResizable(m_zoom == 0);
    m_label->setPixmap(QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    if (m_zoom != 0)
        m_label->adjustSize();
}

void PreviewWindow::keyPressEvent(QKeyEvent *event)
{
    const double current
        = m_zoom == 0 && !m_image.isNull() ? double(m_label->pixmap().width()) / std::max(1, m_image.width()) : m_zoom;
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_Space:
        close();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(current * 1.25);
        return;
    case Qt::Key_Minus:
        setZoom(current / 1.25);
        return;
    case Qt::Key_0:
        setZoom(0);
        return;
    case Qt::Key_1:
        setZoom(1);
        return;
    case Qt::Key_Left:
        emit stepRequested(-1);
        return;
    case Qt::Key_Right:
        emit stepRequested(1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PreviewWindow::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QWidget::wheelEvent(event);
        return;
    }
    const double current
        = m_zoom == 0 && !m_image.isNull() ? double(m_label->pixmap().width()) / std::max(1, m_image.width()) : m_zoom;
    setZoom(event->angleDelta().y() > 0 ? current * 1.25 : current / 1.25);
}

void PreviewWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_zoom == 0)
        render();
}

} // namespace Wesog
