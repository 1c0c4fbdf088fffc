package nl.wegwijs.intake;

/** Who gave a signal before the brede intake: the COA, the GP (huisarts), the guide (begeleider), or someone else. */
public enum SignaalBron {
    COA, HUISARTS, BEGELEIDER, ANDERS
}
