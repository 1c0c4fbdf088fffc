package nl.wegwijs.pip;

/** The learning route of the Wet inburgering 2021: B1-route, onderwijsroute or Z-route (zelfredzaamheidsroute). */
public enum Leerroute {
    B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE
}
