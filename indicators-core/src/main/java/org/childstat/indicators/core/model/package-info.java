/**
 * The case-data model: immutable records for the rows of the data contract, and
 * {@link org.childstat.indicators.core.model.CaseData}, a whole extract indexed by child.
 *
 * <ul>
 *   <li>Entry point: {@link org.childstat.indicators.core.model.CaseData} (with its
 *       {@link org.childstat.indicators.core.model.CaseDataBuilder builder}).</li>
 *   <li>Rows: {@link org.childstat.indicators.core.model.Child}, {@link org.childstat.indicators.core.model.Episode},
 *       {@link org.childstat.indicators.core.model.Placement},
 *       {@link org.childstat.indicators.core.model.MaltreatmentReport},
 *       {@link org.childstat.indicators.core.model.Contact}, {@link org.childstat.indicators.core.model.OrgUnit},
 *       {@link org.childstat.indicators.core.model.WorkerSpell}, {@link org.childstat.indicators.core.model.Assignment};
 *       one child's together: {@link org.childstat.indicators.core.model.ChildHistory}.</li>
 *   <li>Codes: {@link org.childstat.indicators.core.model.DischargeReason},
 *       {@link org.childstat.indicators.core.model.PlacementSetting},
 *       {@link org.childstat.indicators.core.model.Disposition}, {@link org.childstat.indicators.core.model.Sex},
 *       {@link org.childstat.indicators.core.model.ResponsePriority},
 *       {@link org.childstat.indicators.core.model.ContactType}; levels of the organisation:
 *       {@link org.childstat.indicators.core.model.Level}.</li>
 * </ul>
 */
package org.childstat.indicators.core.model;
