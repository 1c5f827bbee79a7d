// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QThreadPool>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace Wesog {

/// The full-window preview: the image as large as the window allows, decoded on its own
/// worker (EXIF orientation and colour profile applied). `+`/`-` or Ctrl+wheel zoom, `0` fits,
/// `1` shows actual pixels, Left/Right ask for the previous/next image, Esc or Space close.
/// Thread: GUI. Lifetime: a child window of the main window, reused.
class PreviewWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewWindow)

public:
    explicit PreviewWindow(QWidget *parent = nullptr);
    ~PreviewWindow() override;

    void showImage(const QString &path);
    /// Shows an image the caller fetched (a server image, which has no file) titled `title`; a
    /// null image says it is still loading, or, with a `failure` reason, that it cannot be shown.
    void showFetched(const QImage &image, const QString &title, const QString &failure = {});
    double zoom() const { return m_zoom; } ///< 0: fit to window

signals:
    void stepRequested(int delta); ///< -1 previous, +1 next

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setZoom(double zoom);
    void render();

    QThreadPool m_pool;
    QFutureWatcher<QImage> m_watcher;
    QString m_path;
    QImage m_image;
    double m_zoom = 0;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace Wesog
