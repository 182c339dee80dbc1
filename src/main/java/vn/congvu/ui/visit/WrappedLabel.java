package vn.congvu.ui.visit;

import javafx.scene.control.Label;
import javafx.scene.text.Font;

import java.util.Objects;

/**
 * A wrapping label that remembers its height for the last width. JavaFX does not cache the preferred height
 * of width-dependent nodes, so every layout pass (one per keystroke in any field of the checklist) would lay
 * out the text of every criterion again; with this, only labels whose text, font or width changed do.
 */
final class WrappedLabel extends Label {

    private double lastWidth = Double.NaN;
    private String lastText;
    private Font lastFont;
    private double lastHeight;
    private double lastMinWidth = Double.NaN;
    private String lastMinText;
    private Font lastMinFont;
    private double lastMinHeight;

    WrappedLabel(String text) {
        super(text);
        setWrapText(true);
    }

    WrappedLabel() {
        this(null);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width == lastWidth && Objects.equals(getText(), lastText) && getFont() == lastFont) {
            return lastHeight;
        }
        lastHeight = super.computePrefHeight(width);
        lastWidth = width;
        lastText = getText();
        lastFont = getFont();
        return lastHeight;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (width == lastMinWidth && Objects.equals(getText(), lastMinText) && getFont() == lastMinFont) {
            return lastMinHeight;
        }
        lastMinHeight = super.computeMinHeight(width);
        lastMinWidth = width;
        lastMinText = getText();
        lastMinFont = getFont();
        return lastMinHeight;
    }
}
