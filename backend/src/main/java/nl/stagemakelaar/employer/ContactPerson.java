package nl.stagemakelaar.employer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.UUID;

/** A person at the employer the broker deals with (owner, practical trainer, HR). */
@Entity
public class ContactPerson {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Employer employer;

    public int position;
    public String name;
    public String role;
    public String email;
    public String phone;
}
