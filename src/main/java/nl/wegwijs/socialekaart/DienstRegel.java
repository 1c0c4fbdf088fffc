package nl.wegwijs.socialekaart;

/** A service on the maintenance list, with whether it is active. */
public record DienstRegel(Dienst dienst, boolean actief) {
}
