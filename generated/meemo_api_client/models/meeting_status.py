from enum import StrEnum


class MeetingStatus(StrEnum):
    ONGOING = "ongoing"
    PAST = "past"
    RECORDING = "recording"
    UPCOMING = "upcoming"

    def __str__(self) -> str:
        return str(self.value)
