/**
 * The data contract's files: reading a folder of CSV files
 * ({@link org.childstat.indicators.core.io.CaseDataReader}), writing one
 * ({@link org.childstat.indicators.core.io.CaseDataWriter}), and the data-quality ledger of what
 * was set aside and why ({@link org.childstat.indicators.core.io.DataQualityReport},
 * {@link org.childstat.indicators.core.io.Finding}, {@link org.childstat.indicators.core.io.FindingCode},
 * {@link org.childstat.indicators.core.io.FileCounts}). The files and their columns:
 * {@link org.childstat.indicators.core.io.ContractFile}; the dates accepted, in files and options:
 * {@link org.childstat.indicators.core.io.DateBounds}.
 */
package org.childstat.indicators.core.io;
