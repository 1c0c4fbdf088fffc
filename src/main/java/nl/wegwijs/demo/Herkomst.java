package nl.wegwijs.demo;

import java.util.List;

import nl.wegwijs.huishouden.Geletterdheid;

/**
 * Countries of origin of the synthetic households: languages, a few first and last names, and how literacy is spread
 * among adults (weights for GELETTERD, ANDER_SCHRIFT, LAAGGELETTERD, ANALFABEET). With {@code patroniem} a child's
 * last name is the father's first name (Eritrea, Ethiopië, Somalië).
 */
enum Herkomst {

    SYRIE("Syrië", List.of("Arabisch", "Arabisch", "Arabisch", "Koerdisch"), List.of("Engels", "Turks"),
            List.of("Mohammed", "Ahmad", "Omar", "Khaled", "Yusuf", "Hassan", "Bashar", "Rami"),
            List.of("Fatima", "Rania", "Lina", "Nour", "Huda", "Amal", "Rasha", "Dima"),
            List.of("Al-Hussein", "Haddad", "Khalil", "Darwish", "Mansour", "Hamdan", "Sabbagh", "Qassem"),
            false, 30, 55, 10, 5),
    ERITREA("Eritrea", List.of("Tigrinya"), List.of("Arabisch", "Amhaars", "Engels"),
            List.of("Tesfay", "Yonas", "Filmon", "Semere", "Dawit", "Merhawi", "Robel", "Kibrom"),
            List.of("Senait", "Helen", "Selam", "Ruta", "Yordanos", "Freweini", "Saba", "Luwam"),
            List.of("Tekle", "Gebremedhin", "Habte", "Berhane", "Kidane", "Woldu", "Tesfamariam", "Ghebreab"),
            true, 10, 50, 25, 15),
    AFGHANISTAN("Afghanistan", List.of("Dari", "Dari", "Pashto"), List.of("Engels", "Urdu"),
            List.of("Ahmad", "Farid", "Mustafa", "Hamid", "Najib", "Jawad", "Sohrab", "Bilal"),
            List.of("Zahra", "Maryam", "Farzana", "Shabnam", "Nilofar", "Laila", "Parwana", "Mahbooba"),
            List.of("Ahmadi", "Hakimi", "Noori", "Rahimi", "Sultani", "Wardak", "Safi", "Popal"),
            false, 10, 40, 20, 30),
    TURKIJE("Turkije", List.of("Turks", "Turks", "Koerdisch"), List.of("Engels"),
            List.of("Mehmet", "Emre", "Murat", "Hakan", "Burak", "Deniz", "Serkan", "Cem"),
            List.of("Ayşe", "Elif", "Zeynep", "Emine", "Leyla", "Gülsen", "Derya", "Hatice"),
            List.of("Yılmaz", "Demir", "Kaya", "Çelik", "Aydın", "Doğan", "Arslan", "Öztürk"),
            false, 80, 0, 15, 5),
    JEMEN("Jemen", List.of("Arabisch"), List.of("Engels"),
            List.of("Abdullah", "Saleh", "Ali", "Nasser", "Fuad", "Tariq", "Waleed"),
            List.of("Amira", "Samira", "Bushra", "Hana", "Arwa", "Afrah", "Nabila"),
            List.of("Al-Ahmadi", "Saeed", "Al-Hakimi", "Bawazir", "Al-Sharabi", "Al-Maqtari", "Qaid"),
            false, 10, 55, 20, 15),
    IRAN("Iran", List.of("Farsi"), List.of("Engels", "Azerbeidzjaans"),
            List.of("Reza", "Amir", "Behnam", "Dariush", "Kian", "Saeed", "Arash", "Milad"),
            List.of("Parisa", "Shirin", "Mahsa", "Neda", "Roya", "Leila", "Sahar", "Azadeh"),
            List.of("Hosseini", "Karimi", "Moradi", "Rahmani", "Tehrani", "Jafari", "Ahmadzadeh", "Sadeghi"),
            false, 30, 60, 7, 3),
    IRAK("Irak", List.of("Arabisch", "Koerdisch"), List.of("Engels"),
            List.of("Haider", "Mustafa", "Ali", "Karwan", "Sarbast", "Ahmed", "Hussein", "Rebwar"),
            List.of("Zainab", "Shilan", "Noor", "Ban", "Sara", "Runak", "Taban"),
            List.of("Al-Jubouri", "Hassan", "Kareem", "Abdulrahman", "Rashid", "Tahir", "Aziz", "Salih"),
            false, 20, 60, 12, 8),
    SOMALIE("Somalië", List.of("Somalisch"), List.of("Engels", "Arabisch"),
            List.of("Abdi", "Mohamed", "Hassan", "Abdirahman", "Guled", "Liban", "Mahad"),
            List.of("Hodan", "Fadumo", "Ifrah", "Sahra", "Hamdi", "Nasra", "Ayan"),
            List.of("Warsame", "Farah", "Jama", "Osman", "Aden", "Yusuf", "Mohamud"),
            true, 45, 5, 25, 25),
    SOEDAN("Soedan", List.of("Arabisch"), List.of("Engels"),
            List.of("Osman", "Abdelrahman", "Mohamed", "Musa", "Adam", "Babiker", "Elfatih"),
            List.of("Fatima", "Mariam", "Amna", "Hawa", "Sara", "Ikhlas", "Nafisa"),
            List.of("Adam", "Ibrahim", "Abakar", "Yagoub", "Idris", "Elhassan", "Suleiman"),
            false, 15, 50, 20, 15),
    ETHIOPIE("Ethiopië", List.of("Amhaars", "Amhaars", "Oromo"), List.of("Engels", "Tigrinya"),
            List.of("Abebe", "Dawit", "Bereket", "Kebede", "Yared", "Tadesse"),
            List.of("Meron", "Hiwot", "Tigist", "Almaz", "Bethlehem", "Selamawit"),
            List.of("Tesfaye", "Alemu", "Bekele", "Girma", "Haile", "Worku"),
            true, 20, 50, 20, 10);

    private static final Geletterdheid[] NIVEAUS = { Geletterdheid.GELETTERD, Geletterdheid.ANDER_SCHRIFT,
            Geletterdheid.LAAGGELETTERD, Geletterdheid.ANALFABEET };

    final String land;
    final List<String> hoofdtalen;
    final List<String> andereTalen;
    final List<String> mannen;
    final List<String> vrouwen;
    final List<String> achternamen;
    final boolean patroniem;
    private final int[] geletterdheid;

    Herkomst(String land, List<String> hoofdtalen, List<String> andereTalen, List<String> mannen,
            List<String> vrouwen, List<String> achternamen, boolean patroniem, int... geletterdheid) {
        this.land = land;
        this.hoofdtalen = hoofdtalen;
        this.andereTalen = andereTalen;
        this.mannen = mannen;
        this.vrouwen = vrouwen;
        this.achternamen = achternamen;
        this.patroniem = patroniem;
        this.geletterdheid = geletterdheid;
    }

    /** An adult's literacy, drawn from this origin's weights. */
    Geletterdheid geletterdheid(java.util.Random random) {
        int worp = random.nextInt(100);
        for (int i = 0; i < NIVEAUS.length; i++) {
            worp -= geletterdheid[i];
            if (worp < 0) {
                return NIVEAUS[i];
            }
        }
        return Geletterdheid.GELETTERD;
    }
}
