package org.hubops.api.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Files that people and programs send by mistake or on purpose. */
final class HostileFiles {

  private HostileFiles() {}

  /**
   * {@code xlsx} with every worksheet's XML replaced by a valid sheet padded with {@code megabytes}
   * of blank rows: a few kilobytes zipped, far more unzipped.
   */
  static byte[] zipBomb(byte[] xlsx, int megabytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().startsWith("xl/worksheets/sheet")) {
          writeBomb(zip, megabytes);
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeBomb(ZipOutputStream zip, int megabytes) throws IOException {
    zip.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
            .getBytes(StandardCharsets.UTF_8));
    byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < megabytes; i++) {
      zip.write(blanks);
    }
    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
  }

  /** A workbook whose sessions sheet has a header and {@code rows} rows with a Ref each. */
  static byte[] longWorkbook(int rows) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sessions = workbook.createSheet("Sessions");
      String[] headers = {"Ref", "Date", "Start", "Minutes", "Kind", "Format", "Topics"};
      Row header = sessions.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      for (int r = 1; r <= rows; r++) {
        sessions.createRow(r).createCell(0).setCellValue(r);
      }
      Row attendees = workbook.createSheet("Attendees").createRow(0);
      String[] attendeeHeaders = {"Ref", "Gender", "Age band"};
      for (int i = 0; i < attendeeHeaders.length; i++) {
        attendees.createCell(i).setCellValue(attendeeHeaders[i]);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
