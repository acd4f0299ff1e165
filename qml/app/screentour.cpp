#include "screentour.h"

#include "appsettings.h"
#include "fieldapp.h"
#include "translator.h"

#include <QDir>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Time for a screen to settle after it is shown: images decode and lists fill asynchronously.
constexpr int kSettleMs = 400;

// Items whose children may legitimately extend past them: clipped items, and views that scroll
// sideways. (A page that scrolls only vertically must still fit its content to the window.)
bool clipsChildren(const QQuickItem *item)
{
    if (item->inherits("QQuickFlickable"))
        return item->property("contentWidth").toDouble() > item->width() + 1;
    return item->clip();
}

void collectClipped(QQuickItem *item, const QRectF &windowRect, QStringList &found)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    const QString name = item->objectName().isEmpty()
                             ? QString::fromLatin1(item->metaObject()->className())
                             : item->objectName();
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    // What a person reads or taps: controls, text, pictures and named items. (Decorations such
    // as the style's shadows reach past their controls by design.)
    const bool content = item->inherits("QQuickControl") || item->inherits("QQuickText") ||
                         item->inherits("QQuickImage") || !item->objectName().isEmpty();
    if (content && item->width() > 0 && item->height() > 0 && rect.intersects(windowRect) &&
        (rect.left() < windowRect.left() - 1 || rect.right() > windowRect.right() + 1)) {
        found << u"%1 reaches outside the window (x %2 to %3, window width %4)"_s.arg(name)
                     .arg(qRound(rect.left()))
                     .arg(qRound(rect.right()))
                     .arg(qRound(windowRect.width()));
    }
    // Text that does not fit and neither wraps nor elides is cut off mid-word.
    if (item->inherits("QQuickText")) {
        const bool wraps = item->property("wrapMode").toInt() != 0;
        const bool elides = item->property("elide").toInt() != Qt::ElideNone;
        const bool fits = item->property("fontSizeMode").toInt() != 0;
        const double contentWidth = item->property("contentWidth").toDouble();
        if (!wraps && !elides && !fits && contentWidth > item->width() + 1 && item->width() > 0)
            found << u"text \"%1\" is cut off (%2 of %3 px shown)"_s
                         .arg(item->property("text").toString().left(40))
                         .arg(qRound(item->width()))
                         .arg(qRound(contentWidth));
    }
    if (clipsChildren(item))
        return;
    for (QQuickItem *child : item->childItems())
        collectClipped(child, windowRect, found);
}

} // namespace

ScreenTour::ScreenTour(QQuickWindow *window, FieldApp *app, QString folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_app(app)
    , m_folder(std::move(folder))
    , m_languages(Translator::languages())
{}

void ScreenTour::start()
{
    if (m_screens.isEmpty())
        m_screens = m_window->property("screenNames").toStringList();
    m_languageIndex = 0;
    m_screenIndex = 0;
    QTimer::singleShot(0, this, &ScreenTour::next);
}

void ScreenTour::next()
{
    if (m_screenIndex >= m_screens.size()) {
        m_screenIndex = 0;
        ++m_languageIndex;
    }
    if (m_languageIndex >= m_languages.size() || m_screens.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    if (m_screenIndex == 0)
        m_app->settings()->setLanguage(m_languages.at(m_languageIndex));
    QMetaObject::invokeMethod(m_window, "openScreen", Q_ARG(QVariant, m_screens.at(m_screenIndex)));
    QTimer::singleShot(kSettleMs, this, &ScreenTour::capture);
}

void ScreenTour::capture()
{
    const QString language = m_languages.at(m_languageIndex);
    const QString screen = m_screens.at(m_screenIndex);
    const QImage image = m_window->grabWindow();
    const QString where = u"%1/%2"_s.arg(language, screen);
    for (const QString &problem : blankProblems(image))
        m_problems << u"%1: %2"_s.arg(where, problem);
    for (const QString &problem : clippedItems(m_window))
        m_problems << u"%1: %2"_s.arg(where, problem);

    const QString dir = m_folder + u'/' + language;
    QDir().mkpath(dir);
    const QString file =
        u"%1/%2-%3.png"_s.arg(dir).arg(m_screenIndex + 1, 2, 10, QChar(u'0')).arg(screen);
    if (image.save(file))
        m_saved << file;
    else
        m_problems << u"%1: cannot save %2"_s.arg(where, file);
    ++m_screenIndex;
    next();
}

QString ScreenTour::summary() const
{
    QString text = u"%1 screenshots in %2"_s.arg(m_saved.size()).arg(m_folder);
    if (m_problems.isEmpty())
        return text + u", no blank or clipped screen"_s;
    return text + u", %1 problems:\n  "_s.arg(m_problems.size()) + m_problems.join(u"\n  "_s);
}

QStringList ScreenTour::blankProblems(const QImage &image)
{
    if (image.isNull() || image.width() < 10 || image.height() < 10)
        return {u"nothing was drawn"_s};
    // A screen with content has more than a handful of colours below its header bar.
    QSet<QRgb> colours;
    const int top = image.height() / 10;
    for (int y = top; y < image.height() && colours.size() < 16; y += 7) {
        for (int x = 0; x < image.width() && colours.size() < 16; x += 5)
            colours.insert(image.pixel(x, y));
    }
    if (colours.size() < 4)
        return {u"the screen is blank (%1 colours)"_s.arg(colours.size())};
    return {};
}

QStringList ScreenTour::clippedItems(QQuickWindow *window)
{
    QStringList found;
    const QRectF windowRect(0, 0, window->width(), window->height());
    collectClipped(window->contentItem(), windowRect, found);
    found.removeDuplicates();
    return found;
}
