from enum import Flag, auto


class Perm(Flag):
    VIEW = auto()
    EDIT = auto()
    APPROVE = auto()
    DELETE = auto()
    EDITOR = VIEW | EDIT
    ADMIN = VIEW | EDIT | APPROVE | DELETE


ROLE_PERMS = {
    "guest": Perm.VIEW,
    "clerk": Perm.EDITOR,
    "manager": Perm.EDITOR | Perm.APPROVE,
    "admin": Perm.ADMIN,
}


def allowed(role, action):
    needed = Perm[action.upper()]
    granted = ROLE_PERMS.get(role, Perm(0))
    return needed in granted


for role in ["guest", "clerk", "manager", "admin", "nobody"]:
    granted = ROLE_PERMS.get(role, Perm(0))
    row = [a for a in ("view", "edit", "approve", "delete") if allowed(role, a)]
    print(f"{role:8} {str(granted):24} {row}")
print(repr(ROLE_PERMS["manager"]), ROLE_PERMS["manager"].value)
print(Perm.ADMIN, list(Perm.ADMIN), Perm.ADMIN == Perm(15))
missing = Perm.ADMIN & ~ROLE_PERMS["clerk"]
print("clerk lacks:", [p.name for p in missing])
print(repr(ROLE_PERMS["manager"] ^ Perm.EDIT), bool(Perm(0)))
request = {"user": "ann", "role": "clerk", "action": "approve"}
verdict = "allow" if allowed(request["role"], request["action"]) else "deny"
print(request["user"], request["action"], verdict)
