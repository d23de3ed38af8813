-- GET /students/{id}'s statements as the backend sends them to PostgreSQL, for pgbench (scripts/bench.sh): the
-- caller handed to the connection inside the transaction (security/TenantSession; pgjdbc sends BEGIN with it, one
-- round trip), Hibernate's one select of the student with school and programme (copied from the server log of a
-- request; StudentRepository.requireWithSchoolInOrganisation), the commit. Run as the application's role, so
-- row-level security applies as it does for the backend. The bench puts its students of broker West in the array.
-- \gset makes every transaction check that the student was found: with no row pgbench stops with an error.
\set n random(1, $COUNT)
\startpipeline
BEGIN;
select app_enter(false, '00000000-0000-4000-a000-000000000001', null, null, 'broker.west', 'broker');
\endpipeline
select s1_0.id,s1_0.assigned_broker,s1_0.created_at,s1_0.created_by,s1_0.date_of_birth,s1_0.education_level,s1_0.email,s1_0.erased_at,s1_0.first_name,s1_0.guidance_intensity,s1_0.internship_start_by,s1_0.last_name,s1_0.organisation_id,s1_0.out_of_contact_since,s1_0.phase,s1_0.phone,p1_0.id,p1_0.crebo_code,p1_0.level,p1_0.name,p1_0.pathway,s1_0.school_id,s2_0.id,s2_0.city,s2_0.name,s1_0.school_number,s1_0.updated_at,s1_0.updated_by,s1_0.version from student s1_0 join school s2_0 on s2_0.id=s1_0.school_id left join programme p1_0 on p1_0.id=s1_0.programme_id where s1_0.id=(cast('{$IDS}' as uuid[]))[:n] and s1_0.organisation_id='00000000-0000-4000-a000-000000000001' \gset r_
COMMIT;
