/**
 * Not API. The columnar store ({@link org.childstat.indicators.core.internal.CaseStore}), the
 * staged tables every source fills ({@link org.childstat.indicators.core.internal.StagedTable}),
 * the cross-row checks ({@link org.childstat.indicators.core.internal.Assembler}), the CSV
 * tokenizer and date arithmetic on epoch days. Exported only to the library's own modules.
 */
package org.childstat.indicators.core.internal;
