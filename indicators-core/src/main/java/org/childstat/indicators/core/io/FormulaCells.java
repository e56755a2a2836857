package org.childstat.indicators.core.io;

/**
 * How the CSV outputs write a text cell that a spreadsheet would run as a formula (CSV injection,
 * OWASP): one that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return and is not a plain number. The default, {@link #DEFUSED}, is for files people open in
 * Excel, LibreOffice or Google Sheets; {@link #RAW} for files only programs read.
 */
public enum FormulaCells {
    /** Such a cell is written with a leading {@code '}: {@code =1+1} becomes {@code '=1+1}. Numbers never change. The default. */
    DEFUSED,
    /** Every cell as it is. */
    RAW
}
