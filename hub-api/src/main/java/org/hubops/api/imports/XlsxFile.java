package org.hubops.api.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An uploaded {@code .xlsx} workbook, read sheet by sheet as a stream of XML. The file is opened
 * from disk (not from a stream, which POI would inflate whole into memory), and POI's zip guards
 * refuse a part that inflates suspiciously far: a zip bomb fails fast instead of filling the heap.
 */
final class XlsxFile implements AutoCloseable {

  /** No legitimate sheet of {@link SheetTable#MAX_ROWS} rows comes near this much XML. */
  static final long MAX_PART_BYTES = 256L * 1024 * 1024;

  static {
    // Refuse parts inflating more than 100 times over (POI's default, stated here because we rely
    // on it), and any part larger than a real import could be.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
  }

  /** The file cannot be read: not a workbook at all, or one that unpacks too far (a zip bomb). */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean zipBomb;

    Unreadable(Throwable cause) {
      super(cause);
      this.zipBomb = isZipBomb(cause);
    }

    boolean zipBomb() {
      return zipBomb;
    }
  }

  private final OPCPackage zip;
  private final XSSFReader reader;
  private final ReadOnlySharedStringsTable strings;
  private final StylesTable styles;
  private final boolean date1904;

  private XlsxFile(OPCPackage zip) throws IOException, OpenXML4JException, SAXException {
    this.zip = zip;
    this.reader = new XSSFReader(zip);
    this.strings = new ReadOnlySharedStringsTable(zip, false);
    this.styles = reader.getStylesTable();
    this.date1904 = readDate1904(reader);
  }

  /** Opens the workbook at {@code path}. */
  static XlsxFile open(Path path) throws Unreadable {
    OPCPackage zip;
    try {
      zip = OPCPackage.open(path.toFile(), PackageAccess.READ);
    } catch (OpenXML4JException | RuntimeException e) {
      throw new Unreadable(e);
    }
    try {
      return new XlsxFile(zip);
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      zip.revert();
      throw new Unreadable(e);
    }
  }

  /** The names of the sheets, in the order of their tabs. */
  List<String> sheetNames() throws Unreadable {
    List<String> names = new ArrayList<>();
    try {
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        sheets.next().close();
        names.add(sheets.getSheetName());
      }
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw new Unreadable(e);
    }
    return names;
  }

  /** Reads the sheet {@code name}, at most {@code maxRows} data rows of it. */
  SheetTable read(String name, int maxRows) throws Unreadable {
    List<SheetTable.Row> rows = new ArrayList<>();
    SheetTable table = stream(name, maxRows, rows::add);
    return new SheetTable(
        name, table.headers(), rows, table.merged(), table.rowsCut(), table.date1904());
  }

  /** The sheet {@code name}'s headers, read without going past its first data row. */
  SheetTable head(String name) throws Unreadable {
    SheetTable table = stream(name, 0, row -> {});
    return new SheetTable(name, table.headers(), List.of(), List.of(), false, date1904);
  }

  /**
   * Hands the data rows of the sheet {@code name} to {@code sink} as they are read, at most {@code
   * maxRows} of them; the table answered holds no rows, only what the end of the sheet tells
   * (merged ranges, whether rows were left unread).
   */
  SheetTable stream(String name, int maxRows, Consumer<SheetTable.Row> sink) throws Unreadable {
    try {
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream xml = sheets.next()) {
          if (sheets.getSheetName().equals(name)) {
            return parse(name, xml, maxRows, sink);
          }
        }
      }
    } catch (SheetXmlHandler.SinkFailed e) {
      throw e.failure();
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      throw new Unreadable(e);
    }
    throw new IllegalArgumentException("no sheet " + name);
  }

  private SheetTable parse(String name, InputStream xml, int maxRows, Consumer<SheetTable.Row> sink)
      throws IOException, SAXException {
    SheetXmlHandler handler = new SheetXmlHandler(strings, styles, maxRows, sink);
    XMLReader parser;
    try {
      parser = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    parser.setContentHandler(handler);
    boolean cut = false;
    try {
      parser.parse(new InputSource(xml));
    } catch (SheetXmlHandler.RowLimitReached e) {
      cut = true;
    }
    return new SheetTable(
        name,
        Collections.unmodifiableList(handler.headers),
        List.of(),
        handler.merged,
        cut,
        date1904);
  }

  /** Whether any cause says POI's zip guard stopped reading: the file unpacks too far. */
  private static boolean isZipBomb(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb detected")) {
        return true;
      }
    }
    return false;
  }

  private static boolean readDate1904(XSSFReader reader) throws IOException, OpenXML4JException {
    try (InputStream xml = reader.getWorkbookData()) {
      CTWorkbookPr properties = WorkbookDocument.Factory.parse(xml).getWorkbook().getWorkbookPr();
      return properties != null && properties.getDate1904();
    } catch (XmlException e) {
      throw new IOException(e);
    }
  }

  @Override
  public void close() {
    zip.revert();
  }
}
