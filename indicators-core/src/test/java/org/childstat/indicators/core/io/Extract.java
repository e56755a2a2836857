package org.childstat.indicators.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childstat.indicators.core.model.CaseData;
import org.childstat.indicators.core.model.ChildHistory;

/** A small, valid extract folder for tests, with any file replaced or removed. */
final class Extract {
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    static Extract valid() {
        Extract e = new Extract();
        e.with("extract.txt", "2024-06-30\n");
        e.with("org_units.csv", "unit_id,office_id,bureau_id\nU1,O1,B1\n");
        e.with("workers.csv", "worker_id,unit_id,start_date\nW1,U1,2020-01-01\n");
        e.with("children.csv", "child_id,birth_date\nC1,2015-03-01\nC2,2016-01-01\n");
        e.with("episodes.csv", "episode_id,child_id,removal_date,discharge_date,discharge_reason\n"
                + "E1,C1,2023-01-10,2023-08-15,1\n");
        e.with("placements.csv", "placement_id,episode_id,start_date,end_date,setting\nP1,E1,2023-01-10,2023-08-15,2\n");
        e.with("assignments.csv", "child_id,worker_id,start_date\nC1,W1,2023-01-10\n");
        return e;
    }

    Extract with(String file, String text) {
        files.put(file, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Extract withBytes(String file, byte[] bytes) {
        files.put(file, bytes);
        return this;
    }

    Extract without(String file) {
        files.remove(file);
        return this;
    }

    Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            return dir;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    CaseData read(Path dir) {
        CaseData data = CaseDataReader.read(writeTo(dir));
        assertBalanced(data);
        return data;
    }

    CaseData read(Path dir, LocalDate asOf) {
        CaseData data = CaseDataReader.read(writeTo(dir), asOf);
        assertBalanced(data);
        return data;
    }

    /**
     * read = used + set aside for every file, and "used" agrees with what the extract holds,
     * counted through the public API.
     */
    static void assertBalanced(CaseData data) {
        DataQualityReport dq = data.dataQuality();
        dq.files().forEach((f, c) -> assertTrue(c.balances(), f + " " + c));
        assertEquals(data.childCount(), dq.counts(ContractFile.CHILDREN).used(), "children used");
        assertEquals(data.histories().mapToLong(h -> h.episodes().size()).sum(), dq.counts(ContractFile.EPISODES).used());
        assertEquals(data.histories().mapToLong(h -> h.placements().size()).sum(),
                dq.counts(ContractFile.PLACEMENTS).used());
        assertEquals(data.histories().mapToLong(h -> h.reports().size()).sum(), dq.counts(ContractFile.REPORTS).used());
        assertEquals(data.histories().mapToLong(h -> h.contacts().size()).sum(), dq.counts(ContractFile.CONTACTS).used());
        assertEquals(data.histories().mapToLong(h -> h.assignments().size()).sum(),
                dq.counts(ContractFile.ASSIGNMENTS).used());
        assertEquals(data.histories().mapToLong(h -> h.inHomeCases().size()).sum(),
                dq.counts(ContractFile.IN_HOME_CASES).used());
        assertEquals(data.histories().mapToLong(h -> h.meetings().size()).sum(), dq.counts(ContractFile.MEETINGS).used());
        assertEquals(data.histories().mapToLong(h -> h.healthExams().size()).sum(),
                dq.counts(ContractFile.HEALTH_EXAMS).used());
        assertEquals(data.orgUnits().size(), dq.counts(ContractFile.ORG_UNITS).used());
        assertEquals(data.workerSpells().size(), dq.counts(ContractFile.WORKERS).used());
    }

    static ChildHistory child(CaseData data, String id) {
        return data.history(id).orElseThrow(() -> new AssertionError("no child " + id));
    }
}
