"""The desk's Qt screens. They ask studio_desk.services and never import sqlalchemy."""
