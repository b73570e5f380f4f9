/**
 * The import file formats shared by the template writer (hub-reports) and the importer (hub-api):
 * sheet names, columns with their Ukrainian and English headers, and yes/no answers.
 */
package org.hubops.model.imports;
