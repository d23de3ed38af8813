package nl.stagemakelaar.employer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.security.Caller;

/** Owns the transactions for the employer network of the caller's organisation. */
@ApplicationScoped
public class EmployerService {

    @Inject EmployerRepository employers;
    @Inject Caller caller;
    @Inject nl.stagemakelaar.staff.StaffDirectory staff;

    @Transactional
    public PageResult<EmployerSummary> list(String q, String city, boolean byHealth, PageRequest page) {
        UUID org = caller.organisationId();
        return PageResult.of(employers.list(org, q, city, byHealth, page), page, employers.count(org, q, city, page),
                EmployerSummary::of);
    }

    @Transactional
    public EmployerView get(UUID id) {
        return EmployerView.of(load(id));
    }

    @Transactional
    public EmployerView create(EmployerInput input) {
        Employer e = newEmployer();
        apply(e, input);
        persist(e);
        employers.flush();
        return EmployerView.of(e);
    }

    /** Outreach to a company that is not in the network yet adds it by name; a broker completes it later. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Employer addByName(String name) {
        Employer e = newEmployer();
        e.name = name.trim();
        persist(e);
        return e;
    }

    /** A place imported for a KvK number not in the network adds the employer; a broker completes it later. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Employer addFromImport(String name, String kvkNumber, String city) {
        Employer e = newEmployer();
        e.name = name.trim();
        e.kvkNumber = kvkNumber;
        e.city = city;
        persist(e);
        return e;
    }

    /** A contact or outreach with the employer at {@code at}: its last contact moves forward, never back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contacted(UUID employerId, OffsetDateTime at) {
        employers.getEntityManager().createNativeQuery("update employer set last_contact_at = greatest(last_contact_at, "
                        + ":at) where id = :id").setParameter("at", at).setParameter("id", employerId).executeUpdate();
    }

    private Employer newEmployer() {
        Employer e = new Employer();
        e.id = UUID.randomUUID();
        e.organisationId = caller.organisationId();
        e.created(caller.username());
        return e;
    }

    private void persist(Employer e) {
        employers.persist(e);
    }

    @Transactional
    public EmployerView update(UUID id, String ifMatch, EmployerInput input) {
        Employer e = load(id);
        Etags.require(ifMatch, e.version);
        apply(e, input);
        employers.flush();
        return EmployerView.of(e);
    }

    private Employer load(UUID id) {
        return employers.findInOrganisation(caller.organisationId(), id)
                .orElseThrow(() -> ApiException.notFound("Employer"));
    }

    private void apply(Employer e, EmployerInput in) {
        String kvk = Text.blankToNull(in.kvkNumber());
        if (kvk != null && employers.kvkTaken(e.organisationId, kvk, e.id)) {
            throw ApiException.conflict("kvkNumber", "Unique", "kvkNumber is already used by another employer in your network");
        }
        e.name = in.name().trim();
        e.kvkNumber = kvk;
        describe(e, new SelfDescription(in.website(), in.email(), in.phone(), in.street(), in.postcode(), in.city(),
                in.sectors(), in.size(), e.description));
        replaceContacts(e, in.contactPersons() == null ? List.of() : in.contactPersons());
        SbbStatus sbb = in.sbbStatus() == null ? SbbStatus.UNKNOWN : in.sbbStatus();
        String sbbNumber = Text.blankToNull(in.sbbNumber());
        if (in.sbbCheckedOn() != null) {
            e.sbbCheckedOn = in.sbbCheckedOn();
        } else if (sbb != e.sbbStatus || !java.util.Objects.equals(sbbNumber, e.sbbNumber)) {
            // A new status or number is what the broker just looked up.
            e.sbbCheckedOn = sbb == SbbStatus.UNKNOWN ? null : java.time.LocalDate.now();
        }
        e.sbbStatus = sbb;
        e.sbbNumber = sbbNumber;
        e.supportOpenness = in.supportOpenness() == null ? SupportOpenness.UNKNOWN : in.supportOpenness();
        e.supportNote = Text.blankToNull(in.supportNote());
        e.vogRequired = Boolean.TRUE.equals(in.vogRequired());
        e.visitEveryDays = in.visitEveryDays();
        String owner = Text.blankToNull(in.ownerBroker());
        if (owner != null && !owner.equals(e.ownerBroker) && !staff.isBroker(e.organisationId, owner)) {
            throw ApiException.invalidField("ownerBroker", "Scope", "ownerBroker is not a broker of your organisation");
        }
        e.ownerBroker = owner;
    }

    /** What a company may change about itself in the employer portal: how to reach it, what it does, its own words. */
    public record SelfDescription(String website, String email, String phone, String street, String postcode,
            String city, List<String> sectors, EmployerSize size, String description) {
    }

    /** The company's own edit from the portal; the relation data (SBB, support, owner) stays the broker's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void describeItself(Employer e, String ifMatch, SelfDescription d) {
        Etags.require(ifMatch, e.version);
        describe(e, d);
        employers.flush();
    }

    private void describe(Employer e, SelfDescription d) {
        e.website = Text.blankToNull(d.website());
        e.email = Text.blankToNull(d.email());
        e.phone = Text.blankToNull(d.phone());
        e.street = Text.blankToNull(d.street());
        e.postcode = Postcodes.normalise(d.postcode());
        e.city = Text.blankToNull(d.city());
        e.sectors = Sectors.join(d.sectors());
        e.size = d.size();
        e.description = Text.blankToNull(d.description());
        e.touch(caller.username()); // always dirty, so the version (ETag) moves even for contact-only edits
    }

    /** Keeps contact persons whose id is sent, adds new ones, removes the rest; order is the list's order. */
    private static void replaceContacts(Employer e, List<EmployerInput.ContactPersonInput> inputs) {
        Map<UUID, ContactPerson> existing = e.contactPersons.stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<ContactPerson> next = new java.util.ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            ContactPerson c = in.id() != null ? existing.get(in.id()) : null;
            if (c == null) {
                c = new ContactPerson();
                c.id = UUID.randomUUID();
                c.employer = e;
            }
            c.position = i;
            c.name = in.name().trim();
            c.role = Text.blankToNull(in.role());
            c.email = Text.blankToNull(in.email());
            c.phone = Text.blankToNull(in.phone());
            next.add(c);
        }
        e.contactPersons.clear();
        e.contactPersons.addAll(next);
    }
}
