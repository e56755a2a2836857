package org.childstat.indicators.core.internal;

/** Column indexes of the contract files, in {@link org.childstat.indicators.core.io.ContractFile} order. */
public final class Col {
    private Col() {
    }

    public static final int OU_UNIT = 0, OU_UNIT_NAME = 1, OU_OFFICE = 2, OU_OFFICE_NAME = 3, OU_BUREAU = 4,
            OU_BUREAU_NAME = 5;
    public static final int WK_WORKER = 0, WK_NAME = 1, WK_UNIT = 2, WK_START = 3, WK_END = 4;
    public static final int CH_ID = 0, CH_BIRTH = 1, CH_SEX = 2, CH_RACE = 3, CH_SIBLINGS = 4;
    public static final int EP_ID = 0, EP_CHILD = 1, EP_REMOVAL = 2, EP_DISCHARGE = 3, EP_REASON = 4;
    public static final int PL_ID = 0, PL_EPISODE = 1, PL_START = 2, PL_END = 3, PL_SETTING = 4, PL_TEMPORARY = 5,
            PL_PROVIDER = 6;
    public static final int RP_ID = 0, RP_CHILD = 1, RP_DATE = 2, RP_DISPOSITION = 3, RP_INCIDENT = 4, RP_DEATH = 5,
            RP_WORKER = 6, RP_PRIORITY = 7, RP_RECEIVED = 8, RP_FIRST_CONTACT = 9, RP_DISPOSITION_DATE = 10;
    public static final int CT_CHILD = 0, CT_DATE = 1, CT_TYPE = 2, CT_WORKER = 3, CT_IN_RESIDENCE = 4;
    public static final int AS_CHILD = 0, AS_WORKER = 1, AS_START = 2, AS_END = 3;
    public static final int IH_CASE = 0, IH_CHILD = 1, IH_OPEN = 2, IH_CLOSE = 3;
    public static final int MT_ID = 0, MT_CHILD = 1, MT_DATE = 2, MT_TYPE = 3, MT_WORKER = 4;
    public static final int HE_CHILD = 0, HE_DATE = 1, HE_TYPE = 2;

    /** Code values of the Y/N flags (1 + index in the code list). */
    public static final int YES = 1, NO = 2;
}
