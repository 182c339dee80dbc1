/**
 * Working days, due dates and timeliness of sampled dossiers (hồ sơ kiểm tra xác suất).
 *
 * <p>Pure rules on {@code java.time}: the holiday calendar is data passed in, never built in,
 * because the government sets days off and swapped working days anew every year.
 */
package vn.congvu.domain.calendar;
