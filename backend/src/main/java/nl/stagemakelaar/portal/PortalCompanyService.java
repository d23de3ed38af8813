package nl.stagemakelaar.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.employer.EmployerService;
import nl.stagemakelaar.place.InternshipPlace;
import nl.stagemakelaar.place.PlaceInput;
import nl.stagemakelaar.place.PlaceRepository;
import nl.stagemakelaar.place.PlaceService;
import nl.stagemakelaar.place.PlaceSource;
import nl.stagemakelaar.place.PlaceStatus;
import nl.stagemakelaar.place.PlaceView;
import nl.stagemakelaar.security.Caller;

/** The employer's own company profile and internship places; brokers see every change at once. */
@ApplicationScoped
public class PortalCompanyService {

    @Inject EmployerService employerService;
    @Inject PlaceRepository placeRepository;
    @Inject PortalScope scope;
    @Inject PlaceService places;
    @Inject Caller caller;

    @Transactional
    public PortalProfile profile() {
        return PortalProfile.of(scope.employer());
    }

    @Transactional
    public PortalProfile updateProfile(String ifMatch, PortalProfile.Input in) {
        Employer e = scope.employer();
        employerService.describeItself(e, ifMatch, new EmployerService.SelfDescription(in.website(), in.email(),
                in.phone(), in.street(), in.postcode(), in.city(), in.sectors(), in.size(), in.description()));
        return PortalProfile.of(e);
    }

    @Transactional
    public PageResult<PlaceView> places(PlaceStatus status, PageRequest page) {
        Employer e = scope.employer();
        return places.list(e.organisationId, PlaceRepository.Filter.of(e.id, status), page);
    }

    @Transactional
    public PlaceView place(UUID id) {
        return places.view(load(id));
    }

    @Transactional
    public PlaceView createPlace(PortalInputs.Place in) {
        Employer e = scope.employer();
        return places.create(e, toPlaceInput(e, in, PlaceSource.EMPLOYER_PORTAL));
    }

    @Transactional
    public PlaceView updatePlace(UUID id, String ifMatch, PortalInputs.Place in) {
        InternshipPlace p = load(id);
        return places.update(p, ifMatch, toPlaceInput(scope.employer(), in, p.source));
    }

    private InternshipPlace load(UUID id) {
        return placeRepository.findOfEmployer(scope.employer().id, id).orElseThrow(() -> ApiException.notFound("Place"));
    }

    private static PlaceInput toPlaceInput(Employer e, PortalInputs.Place in, PlaceSource source) {
        return new PlaceInput(e.id, in.title(), null, in.programmeId(), in.sector(), in.levelMin(), in.levelMax(), in.places(),
                in.startDate(), in.hoursPerWeek(), in.city(), source, in.status(),
                in.certificateOfConductRequired());
    }
}
