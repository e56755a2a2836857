-- DuckDB baseline, step 2: CFSR4_P1, CFSR4_REENTRY, CFSR4_PLACEMENT_STABILITY and CFSR4_RECURRENCE
-- (docs/indicators.md) for every period of the table periods(p, label, s, e), attributed by
-- the attribution rules of docs/input-files.md, at every level. Tables from duckdb-load.sql;
-- :asof is the as-of date. Every
-- window is cut at the as-of date: the load step closed open spells there.
-- Each indicator writes facts (ind, p, child_id, worker_id, d, num, den): one row per counted
-- child (percents) or per run of days and per move (rates), with the worker it is attributed to
-- (NULL: UNASSIGNED) and its attribution date d, on which the worker's unit is looked up.

-- A worker's assigned days of a child: overlapping and adjacent spells merged, so that a day
-- counts once (LONGEST_IN_WINDOW).
CREATE OR REPLACE TEMP TABLE asg_merged AS
WITH ordered AS (
    SELECT child_id, worker_id, s, e,
           max(e) OVER (PARTITION BY child_id, worker_id ORDER BY s, e
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_e
    FROM assignments),
islands AS (
    SELECT *, sum(CASE WHEN prev_e IS NULL OR s > prev_e + 1 THEN 1 ELSE 0 END)
                  OVER (PARTITION BY child_id, worker_id ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island
    FROM ordered)
SELECT child_id, worker_id, min(s) AS s, max(e) AS e FROM islands GROUP BY child_id, worker_id, island;

-- ---------------------------------------------------------------- CFSR4_P1
CREATE OR REPLACE TEMP TABLE p1_counted AS
WITH first_entry AS (
    SELECT p.p, e.episode_id, e.child_id, e.removal, e.discharge, e.reason, c.bd18
    FROM periods p
    JOIN episodes e ON e.removal BETWEEN p.s AND p.e
    JOIN children c ON c.child_id = e.child_id
    QUALIFY row_number() OVER (PARTITION BY p.p, e.child_id ORDER BY e.removal, e.line) = 1)
SELECT * FROM first_entry
WHERE removal < bd18                                              -- AGE_18_PLUS
  AND NOT (discharge IS NOT NULL AND discharge - removal < 8)     -- STAY_UNDER_8_DAYS
  AND NOT (discharge IS NOT NULL AND reason IS NULL);             -- MISSING_DISCHARGE_REASON

-- the attribution window of each counted entry: LONGEST_IN_WINDOW(removal,
-- min(discharge - 1, removal + 12 months - 1)), cut at the as-of date, at least one day
CREATE OR REPLACE TEMP TABLE p1_window AS
SELECT DISTINCT episode_id, child_id, removal AS a,
       greatest(removal, least(coalesce(discharge - 1, :asof),
                               CAST(removal + INTERVAL 12 MONTH AS DATE) - 1, :asof)) AS b
FROM p1_counted;

CREATE OR REPLACE TEMP TABLE p1_worker AS
WITH days AS (
    SELECT w.episode_id, m.worker_id,
           sum(least(m.e, w.b) - greatest(m.s, w.a) + 1) AS days,
           max(least(m.e, w.b)) AS last_day
    FROM p1_window w JOIN asg_merged m ON m.child_id = w.child_id AND m.s <= w.b AND m.e >= w.a
    GROUP BY w.episode_id, m.worker_id),
started AS (
    SELECT w.episode_id, a.worker_id, max(a.s) AS started
    FROM p1_window w JOIN assignments a ON a.child_id = w.child_id AND a.s <= w.b AND a.e >= w.a
    GROUP BY w.episode_id, a.worker_id)
SELECT d.episode_id, d.worker_id, d.last_day
FROM days d JOIN started s ON s.episode_id = d.episode_id AND s.worker_id = d.worker_id
QUALIFY row_number() OVER (PARTITION BY d.episode_id ORDER BY d.days DESC, s.started DESC, d.worker_id) = 1;

CREATE OR REPLACE TEMP TABLE facts AS
WITH last_placement AS (
    SELECT episode_id, setting, s
    FROM placements
    QUALIFY row_number() OVER (PARTITION BY episode_id ORDER BY s DESC, placement_id DESC) = 1)
SELECT 'CFSR4_P1' AS ind, c.p, c.child_id, w.worker_id, coalesce(w.last_day, c.removal) AS d,
       CASE WHEN c.reason IN (1, 2, 3, 5) AND c.discharge < c.bd18
             AND CASE WHEN c.reason = 1 AND l.setting = 8 AND c.discharge - l.s > 30 THEN l.s + 30
                      ELSE c.discharge END < CAST(c.removal + INTERVAL 12 MONTH AS DATE)
            THEN 1 ELSE 0 END AS num,
       1 AS den
FROM p1_counted c
LEFT JOIN last_placement l ON l.episode_id = c.episode_id
LEFT JOIN p1_worker w ON w.episode_id = c.episode_id;

-- ---------------------------------------------------------------- CFSR4_REENTRY
CREATE OR REPLACE TEMP TABLE reentry_counted AS
WITH first_exit AS (
    SELECT p.p, e.episode_id, e.child_id, e.removal, e.discharge, e.line, c.bd18
    FROM periods p
    JOIN episodes e ON e.discharge BETWEEN p.s AND p.e AND e.reason IN (1, 2, 5)
    JOIN children c ON c.child_id = e.child_id
    QUALIFY row_number() OVER (PARTITION BY p.p, e.child_id ORDER BY e.discharge, e.removal, e.line) = 1)
SELECT f.*,
       EXISTS (SELECT 1 FROM episodes r
               WHERE r.child_id = f.child_id AND r.line <> f.line
                 AND r.removal >= f.discharge
                 AND r.removal < CAST(f.discharge + INTERVAL 12 MONTH AS DATE)) AS reentered
FROM first_exit f
WHERE f.discharge < f.bd18;                                       -- AGE_18_PLUS

-- ON_DATE(discharge - 1): the covering assignment that started last, then the smallest worker_id
INSERT INTO facts
WITH on_date AS (
    SELECT DISTINCT child_id, least(discharge - 1, :asof) AS d FROM reentry_counted),
chosen AS (
    SELECT o.child_id, o.d, a.worker_id
    FROM on_date o JOIN assignments a ON a.child_id = o.child_id AND a.s <= o.d AND a.e >= o.d
    QUALIFY row_number() OVER (PARTITION BY o.child_id, o.d ORDER BY a.s DESC, a.worker_id) = 1)
SELECT 'CFSR4_REENTRY', r.p, r.child_id, ch.worker_id, least(r.discharge - 1, :asof),
       CASE WHEN r.reentered THEN 1 ELSE 0 END, 1
FROM reentry_counted r
LEFT JOIN chosen ch ON ch.child_id = r.child_id AND ch.d = least(r.discharge - 1, :asof);

-- ---------------------------------------------------------------- CFSR4_RECURRENCE
CREATE OR REPLACE TEMP TABLE recurrence_counted AS
WITH victims AS (
    SELECT r.*, c.birth, c.bd18
    FROM reports r JOIN children c ON c.child_id = r.child_id
    WHERE r.disposition IN (1, 2) OR r.death = 'Y'),
initial AS (
    SELECT p.p, v.*
    FROM periods p JOIN victims v ON v.report_date BETWEEN p.s AND p.e
    QUALIFY row_number() OVER (PARTITION BY p.p, v.child_id ORDER BY v.report_date, v.report_id) = 1)
SELECT i.p, i.child_id, i.report_date, i.worker_id,
       EXISTS (SELECT 1 FROM victims v
               WHERE v.child_id = i.child_id
                 AND v.report_date > i.report_date + 14
                 AND v.report_date < CAST(i.report_date + INTERVAL 12 MONTH AS DATE)
                 AND NOT (v.incident IS NOT NULL AND i.incident IS NOT NULL AND v.incident = i.incident)) AS recurred
FROM initial i
WHERE i.report_date >= i.birth                                    -- UNBORN
  AND i.report_date < i.bd18                                      -- AGE_18_PLUS
  AND i.death <> 'Y';                                             -- FIRST_REPORT_FATAL

-- REPORT_WORKER: the report's worker, else ON_DATE(report_date)
INSERT INTO facts
WITH on_date AS (
    SELECT DISTINCT child_id, report_date AS d FROM recurrence_counted WHERE worker_id IS NULL),
chosen AS (
    SELECT o.child_id, o.d, a.worker_id
    FROM on_date o JOIN assignments a ON a.child_id = o.child_id AND a.s <= o.d AND a.e >= o.d
    QUALIFY row_number() OVER (PARTITION BY o.child_id, o.d ORDER BY a.s DESC, a.worker_id) = 1)
SELECT 'CFSR4_RECURRENCE', r.p, r.child_id, coalesce(r.worker_id, ch.worker_id), r.report_date,
       CASE WHEN r.recurred THEN 1 ELSE 0 END, 1
FROM recurrence_counted r
LEFT JOIN chosen ch ON ch.child_id = r.child_id AND ch.d = r.report_date;

-- ---------------------------------------------------------------- CFSR4_PLACEMENT_STABILITY
-- every episode with a removal in the period, less STAY_UNDER_8_DAYS and AGE_18_PLUS; its days
-- are [removal, x) with x = min(discharge, e + 1, 18th birthday, as-of + 1)
CREATE OR REPLACE TEMP TABLE stability_counted AS
SELECT p.p, e.episode_id, e.child_id, e.removal AS a,
       least(coalesce(e.discharge, p.e + 1), p.e + 1, c.bd18, :asof + 1) AS x
FROM periods p
JOIN episodes e ON e.removal BETWEEN p.s AND p.e
JOIN children c ON c.child_id = e.child_id
WHERE NOT (e.discharge IS NOT NULL AND e.discharge - e.removal < 8)
  AND e.removal < c.bd18;

-- EACH_DAY: each child's days cut into runs on which the ON_DATE worker and that worker's unit
-- do not change (breaks at assignment starts and ends and at the worker's unit spells)
CREATE OR REPLACE TEMP TABLE runs AS
WITH kids AS (SELECT DISTINCT child_id FROM stability_counted),
asg AS (SELECT a.* FROM assignments a JOIN kids k ON k.child_id = a.child_id),
breaks AS (
    SELECT DISTINCT child_id, x FROM (
        SELECT child_id, s AS x FROM asg
        UNION ALL SELECT child_id, e + 1 FROM asg
        UNION ALL SELECT a.child_id, w.s FROM asg a JOIN workers w ON w.worker_id = a.worker_id AND w.s > a.s AND w.s <= a.e
        UNION ALL SELECT a.child_id, w.e + 1 FROM asg a JOIN workers w ON w.worker_id = a.worker_id AND w.e >= a.s AND w.e < a.e)),
pieces AS (
    SELECT child_id, x AS s, lead(x) OVER (PARTITION BY child_id ORDER BY x) - 1 AS e FROM breaks)
SELECT p.child_id, p.s, p.e, a.worker_id
FROM pieces p JOIN asg a ON a.child_id = p.child_id AND a.s <= p.s AND a.e >= p.s
WHERE p.e IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY p.child_id, p.s ORDER BY a.s DESC, a.worker_id) = 1;

INSERT INTO facts
WITH assigned AS (
    SELECT c.p, c.episode_id, c.child_id, r.worker_id, greatest(r.s, c.a) AS d,
           least(r.e, c.x - 1) - greatest(r.s, c.a) + 1 AS days
    FROM stability_counted c JOIN runs r ON r.child_id = c.child_id AND r.s < c.x AND r.e >= c.a),
unassigned AS (
    SELECT c.p, c.child_id, c.a AS d, (c.x - c.a) - coalesce(sum(s.days), 0) AS days
    FROM stability_counted c LEFT JOIN assigned s ON s.p = c.p AND s.episode_id = c.episode_id
    GROUP BY c.p, c.episode_id, c.child_id, c.a, c.x),
counted_spells AS (
    SELECT episode_id, s, provider_id,
           lag(provider_id) OVER (PARTITION BY episode_id ORDER BY s, placement_id) AS previous,
           row_number() OVER (PARTITION BY episode_id ORDER BY s, placement_id) AS n
    FROM placements
    WHERE setting NOT IN (7, 8) AND temporary <> 'Y'),
moves AS (
    SELECT episode_id, s AS d FROM counted_spells
    WHERE n > 1 AND (provider_id IS NULL OR previous IS NULL OR provider_id <> previous)),
moves_in AS (
    SELECT c.p, c.child_id, m.d
    FROM stability_counted c JOIN moves m ON m.episode_id = c.episode_id AND m.d >= c.a AND m.d < c.x)
SELECT 'CFSR4_PLACEMENT_STABILITY', p, child_id, worker_id, d, 0, days FROM assigned
UNION ALL
SELECT 'CFSR4_PLACEMENT_STABILITY', p, child_id, NULL, d, 0, days FROM unassigned WHERE days > 0
UNION ALL
SELECT 'CFSR4_PLACEMENT_STABILITY', m.p, m.child_id, r.worker_id, m.d, 1, 0
FROM moves_in m LEFT JOIN runs r ON r.child_id = m.child_id AND r.s <= m.d AND r.e >= m.d;

-- ---------------------------------------------------------------- every level
-- the worker's unit on the attribution date: the covering spell that started last, then the
-- lowest line of workers.csv; none: the worker is kept, its unit, office and bureau UNASSIGNED
CREATE OR REPLACE TEMP TABLE unit_on AS
WITH asked AS (SELECT DISTINCT worker_id, d FROM facts WHERE worker_id IS NOT NULL)
SELECT a.worker_id, a.d, w.unit_id
FROM asked a JOIN workers w ON w.worker_id = a.worker_id AND w.s <= a.d AND w.e >= a.d
QUALIFY row_number() OVER (PARTITION BY a.worker_id, a.d ORDER BY w.s DESC, w.line) = 1;

-- sums per (worker, unit) first, then at every level by grouping sets; the children with days
-- in care (the engine suppresses a rate with fewer than 5) counted per level for the rate
WITH placed AS (
    SELECT f.ind, f.p, f.child_id, f.num, f.den, f.worker_id, u.unit_id
    FROM facts f LEFT JOIN unit_on u ON u.worker_id = f.worker_id AND u.d = f.d),
fine AS (
    SELECT p.ind, p.p, coalesce(o.bureau_id, 'UNASSIGNED') AS bureau, coalesce(o.office_id, 'UNASSIGNED') AS office,
           coalesce(p.unit_id, 'UNASSIGNED') AS unit, coalesce(p.worker_id, 'UNASSIGNED') AS worker,
           sum(p.num) AS num, sum(p.den) AS den
    FROM placed p LEFT JOIN org_units o ON o.unit_id = p.unit_id
    GROUP BY ALL),
sums AS (
    SELECT ind, p,
           CASE grouping(bureau, office, unit, worker)
               WHEN 15 THEN 'COUNTY' WHEN 7 THEN 'BUREAU' WHEN 11 THEN 'OFFICE' WHEN 13 THEN 'UNIT' ELSE 'WORKER' END AS level,
           coalesce(bureau, office, unit, worker, 'COUNTY') AS entity,
           sum(num) AS num, sum(den) AS den
    FROM fine
    GROUP BY GROUPING SETS ((ind, p), (ind, p, bureau), (ind, p, office), (ind, p, unit), (ind, p, worker))
    HAVING sum(den) > 0 OR grouping(bureau, office, unit, worker) = 15),
with_days AS (
    SELECT DISTINCT p.ind, p.p, p.child_id, coalesce(o.bureau_id, 'UNASSIGNED') AS bureau,
           coalesce(o.office_id, 'UNASSIGNED') AS office, coalesce(p.unit_id, 'UNASSIGNED') AS unit,
           coalesce(p.worker_id, 'UNASSIGNED') AS worker
    FROM placed p LEFT JOIN org_units o ON o.unit_id = p.unit_id
    WHERE p.ind = 'CFSR4_PLACEMENT_STABILITY' AND p.den > 0),
contributors AS (
    SELECT ind, p, 'COUNTY' AS level, 'COUNTY' AS entity, count(DISTINCT child_id) AS n FROM with_days GROUP BY ALL
    UNION ALL SELECT ind, p, 'BUREAU', bureau, count(DISTINCT child_id) FROM with_days GROUP BY ALL
    UNION ALL SELECT ind, p, 'OFFICE', office, count(DISTINCT child_id) FROM with_days GROUP BY ALL
    UNION ALL SELECT ind, p, 'UNIT', unit, count(DISTINCT child_id) FROM with_days GROUP BY ALL
    UNION ALL SELECT ind, p, 'WORKER', worker, count(DISTINCT child_id) FROM with_days GROUP BY ALL)
SELECT s.ind, s.p, s.level, s.entity, s.num, s.den, coalesce(c.n, s.den) AS contributors
FROM sums s LEFT JOIN contributors c USING (ind, p, level, entity);
