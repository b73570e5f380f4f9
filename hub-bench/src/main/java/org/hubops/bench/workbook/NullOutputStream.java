package org.hubops.bench.workbook;

import java.io.OutputStream;

/**
 * Counts the bytes of a workbook and drops them. The zip compression of the final file still runs;
 * only the disk write of the result is left out, which costs the same for every writer measured.
 */
final class NullOutputStream extends OutputStream {

  long bytes;

  @Override
  public void write(int b) {
    bytes++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    bytes += len;
  }
}
