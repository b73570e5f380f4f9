package org.hubops.model.rest;

/** The media types of the files the API sends and takes besides JSON. */
public final class MediaTypes {

  /** An Excel workbook (.xlsx): reports and templates out, imports in. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private MediaTypes() {}
}
