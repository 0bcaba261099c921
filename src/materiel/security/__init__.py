"""Who may read what: the caller's Access, accounts and grants, and the tamper-evident audit trail.
Above the store (it keeps its tables there); the HTTP side (sessions, CSRF) stays in materiel.web."""
