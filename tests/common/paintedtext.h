#pragma once

// The strings a widget paints, as its painter draws them: a paint device whose
// engine records every text item. Delegates, headers, labels and the style's
// progress bars all end up here, so a test sees what the user reads, not what
// a model holds. It also records the colour each text is painted in (what the
// user sees as greyed).

#include <QColor>
#include <QHash>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QStringList>
#include <QTextItem>
#include <QWidget>

class TextRecordingEngine : public QPaintEngine
{
public:
    TextRecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    { }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyPen)
            m_pen = state.pen().color();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawPath(const QPainterPath &) override { }
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        texts.append(item.text());
        inks.insert(item.text(), m_pen);
    }
    Type type() const override { return QPaintEngine::User; }

    QStringList texts;
    QHash<QString, QColor> inks; // the pen each text was last painted with

private:
    QColor m_pen;
};

class TextRecordingDevice : public QPaintDevice
{
public:
    explicit TextRecordingDevice(const QSize &size)
        : m_size(size)
    { }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QStringList texts() const { return m_engine.texts; }
    QColor inkOf(const QString &text) const { return m_engine.inks.value(text); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable TextRecordingEngine m_engine;
};

/// Every string `widget` and its visible children paint, in painting order.
inline QStringList paintedTexts(QWidget *widget)
{
    TextRecordingDevice device(widget->size());
    widget->render(&device);
    return device.texts();
}
