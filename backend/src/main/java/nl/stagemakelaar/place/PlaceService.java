package nl.stagemakelaar.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.employer.EmployerRepository;
import nl.stagemakelaar.school.ProgrammeRepository;
import nl.stagemakelaar.security.Caller;

@ApplicationScoped
public class PlaceService {

    @Inject ProgrammeRepository programmes;
    @Inject PlaceRepository places;
    @Inject EmployerRepository employers;
    @Inject Caller caller;

    @Transactional
    public PageResult<PlaceView> list(PlaceRepository.Filter filter, PageRequest page) {
        return list(caller.organisationId(), filter, page);
    }

    /** Also for the employer portal, which passes its own employer's organisation and id. */
    @Transactional
    public PageResult<PlaceView> list(UUID org, PlaceRepository.Filter filter, PageRequest page) {
        List<InternshipPlace> rows = places.list(org, filter, page);
        Map<UUID, Long> filled = places.filled(rows.stream().map(p -> p.id).toList());
        return PageResult.of(rows, page, places.count(org, filter, page), p -> PlaceView.of(p, filled.getOrDefault(p.id, 0L)));
    }

    @Transactional
    public PlaceView get(UUID id) {
        return view(load(id));
    }

    public PlaceView view(InternshipPlace p) {
        return PlaceView.of(p, places.filled(List.of(p.id)).getOrDefault(p.id, 0L));
    }

    @Transactional
    public PlaceView create(PlaceInput in) {
        return create(employer(in.employerId()), in);
    }

    /** The employer is already in the caller's scope (broker's network, or the portal user's own employer). */
    @Transactional
    public PlaceView create(Employer employer, PlaceInput in) {
        InternshipPlace p = new InternshipPlace();
        p.id = UUID.randomUUID();
        p.organisationId = employer.organisationId;
        p.employer = employer;
        p.created(caller.username());
        apply(p, in);
        places.persist(p);
        places.flush();
        return PlaceView.of(p, 0);
    }

    @Transactional
    public PlaceView update(UUID id, String ifMatch, PlaceInput in) {
        return update(load(id), ifMatch, in);
    }

    @Transactional
    public PlaceView update(InternshipPlace p, String ifMatch, PlaceInput in) {
        Etags.require(ifMatch, p.version);
        if (!p.employer.id.equals(in.employerId())) {
            throw ApiException.invalidField("employerId", "Immutable", "a place cannot move to another employer");
        }
        apply(p, in);
        places.flush();
        return view(p);
    }

    public InternshipPlace load(UUID id) {
        return places.findInOrganisation(caller.organisationId(), id).orElseThrow(() -> ApiException.notFound("Place"));
    }

    private Employer employer(UUID id) {
        return employers.findInOrganisation(caller.organisationId(), id).orElseThrow(
                () -> ApiException.invalidField("employerId", "Scope", "employerId is not an employer in your network"));
    }

    private void apply(InternshipPlace p, PlaceInput in) {
        applyFields(p, in);
        p.touch(caller.username());
    }

    /** Sets what the input says; the caller validated the levels, the status and the programme beforehand. */
    void applyFields(InternshipPlace p, PlaceInput in) {
        p.title = in.title().trim();
        if (in.reference() != null) { // left out: unchanged, so a form that does not show it keeps the feed's match
            p.reference = Text.blankToNull(in.reference()) == null ? null : in.reference().trim();
        }
        p.programme = programmes.named("programmeId", in.programmeId());
        p.sector = Text.blankToNull(in.sector()) == null ? null : in.sector().trim().toLowerCase(java.util.Locale.ROOT);
        p.levelMin = in.levelMin() == null ? 1 : in.levelMin();
        p.levelMax = in.levelMax() == null ? 4 : in.levelMax();
        if (p.levelMin > p.levelMax) {
            throw ApiException.invalidField("levelMax", "Range", "levelMax must not be below levelMin");
        }
        p.places = in.places() == null ? 1 : in.places();
        p.startDate = in.startDate();
        p.hoursPerWeek = in.hoursPerWeek();
        p.city = Text.blankToNull(in.city()) != null ? in.city().trim() : p.employer.city;
        // Where a place came from does not change with an edit that does not say.
        p.source = in.source() != null ? in.source() : p.source != null ? p.source : PlaceSource.OWN_NETWORK;
        if (in.status() == PlaceStatus.FILLED) {
            throw ApiException.invalidField("status", "Derived", "FILLED follows from placements; use OPEN or CLOSED");
        }
        p.status = in.status() == null ? PlaceStatus.OPEN : in.status();
        if (in.certificateOfConductRequired() != null) {
            p.certificateOfConductRequired = in.certificateOfConductRequired();
        }
    }
}
