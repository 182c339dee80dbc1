package vn.congvu.ui.common;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates typed and shown as Vietnamese write them: 05/01/2025. */
public final class DatePickers {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter LENIENT = DateTimeFormatter.ofPattern("d/M/yyyy");

    private DatePickers() {
    }

    public static void vietnamese(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DAY.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.trim(), LENIENT);
                } catch (DateTimeParseException e) {
                    // keep what the picker had rather than clearing it on a typo
                    return picker.getValue();
                }
            }
        });
        picker.setPromptText("dd/mm/yyyy");
    }
}
