"""factdesk: cited answers and fact checks over news articles."""

from qa.assistant import Assistant, AssistantError
from qa.config import Config
from qa.records import Answer, Article, Chunk, Citation, IndexReport, Passage, Verdict

__all__ = ["Assistant", "AssistantError", "Config", "Answer", "Article", "Chunk", "Citation",
           "IndexReport", "Passage", "Verdict"]
