from abc import ABC, abstractmethod


class Notifier(ABC):
    @abstractmethod
    def send(self, message):
        ...

    @abstractmethod
    def channel(self):
        ...


class Email(Notifier):
    def send(self, message):
        return f"email: {message}"


def notify(kind, message):
    notifier = {"email": Email}[kind]()
    return notifier.send(message)


print(notify("email", "hello"))
