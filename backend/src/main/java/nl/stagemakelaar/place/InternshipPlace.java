package nl.stagemakelaar.place;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import nl.stagemakelaar.common.AuditedEntity;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.school.Programme;

@Entity
public class InternshipPlace extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Employer employer;

    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    public Programme programme;

    public String sector;

    public int levelMin = 1;

    public int levelMax = 4;

    public int places = 1;

    public LocalDate startDate;

    public Integer hoursPerWeek;

    public String city;

    @Enumerated(EnumType.STRING)
    public PlaceSource source = PlaceSource.OWN_NETWORK;

    @Enumerated(EnumType.STRING)
    public PlaceStatus status = PlaceStatus.OPEN;
}
