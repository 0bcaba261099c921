"""Initial schema: documents, actors, doc_actors, mentions, events, records.

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 14:02:24.857647

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Long by nature: the whole first schema, one create_table per table, as Alembic wrote it; not to be split.
def upgrade() -> None:
    """Upgrade schema."""

    op.create_table('actors',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actors_name'), ['name'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('publisher', sa.String(length=300), nullable=True),
    sa.Column('publisher_key', sa.String(length=300), nullable=False),
    sa.Column('collection', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('n_transfers', sa.Integer(), nullable=False),
    sa.Column('n_events', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_collection'), ['collection'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_publisher_key'), ['publisher_key'], unique=False)

    op.create_table('records',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('key', sa.String(length=500), nullable=False),
    sa.Column('supplier_id', sa.String(length=200), nullable=True),
    sa.Column('recipient_id', sa.String(length=200), nullable=True),
    sa.Column('designation', sa.String(length=300), nullable=True),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('item_text', sa.Text(), nullable=False),
    sa.Column('quantity', sa.Float(), nullable=True),
    sa.Column('first_date', sa.Date(), nullable=True),
    sa.Column('last_date', sa.Date(), nullable=True),
    sa.Column('latest_stage', sa.String(length=20), nullable=False),
    sa.Column('stages', sa.String(length=200), nullable=False),
    sa.Column('factuality', sa.String(length=20), nullable=False),
    sa.Column('n_mentions', sa.Integer(), nullable=False),
    sa.Column('n_documents', sa.Integer(), nullable=False),
    sa.Column('sources', sa.Integer(), nullable=False),
    sa.Column('sources_against', sa.Integer(), nullable=False),
    sa.Column('publishers', sa.JSON(), nullable=False),
    sa.Column('contradiction', sa.Boolean(), nullable=False),
    sa.Column('contradiction_detail', sa.JSON(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('first_seen', sa.Date(), nullable=True),
    sa.Column('last_seen', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_records_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_records_recipient_id'), ['recipient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_records_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('doc_actors',
    sa.Column('document_id', sa.String(length=64), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', 'actor_id')
    )
    with op.batch_alter_table('doc_actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_doc_actors_actor_id'), ['actor_id'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=64), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('mode', sa.String(length=40), nullable=True),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('actor_text', sa.Text(), nullable=False),
    sa.Column('target_id', sa.String(length=200), nullable=True),
    sa.Column('target_text', sa.Text(), nullable=True),
    sa.Column('factuality', sa.String(length=20), nullable=False),
    sa.Column('attribution_text', sa.Text(), nullable=True),
    sa.Column('attribution_source_id', sa.String(length=200), nullable=True),
    sa.Column('attribution_source_text', sa.Text(), nullable=True),
    sa.Column('when_text', sa.Text(), nullable=True),
    sa.Column('when_start', sa.Date(), nullable=True),
    sa.Column('when_end', sa.Date(), nullable=True),
    sa.Column('where_text', sa.Text(), nullable=True),
    sa.Column('where_country', sa.String(length=3), nullable=True),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('transfers', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['attribution_source_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['actors.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index('ix_events_doc_idx', ['document_id', 'idx'], unique=True)
        batch_op.create_index(batch_op.f('ix_events_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_target_id'), ['target_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_type'), ['type'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=64), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('record_key', sa.String(length=500), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('supplier_id', sa.String(length=200), nullable=True),
    sa.Column('supplier_text', sa.Text(), nullable=True),
    sa.Column('recipient_id', sa.String(length=200), nullable=True),
    sa.Column('recipient_text', sa.Text(), nullable=True),
    sa.Column('intermediary_id', sa.String(length=200), nullable=True),
    sa.Column('intermediary_text', sa.Text(), nullable=True),
    sa.Column('item_text', sa.Text(), nullable=False),
    sa.Column('designation', sa.String(length=300), nullable=True),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('quantity', sa.Float(), nullable=True),
    sa.Column('quantity_text', sa.Text(), nullable=True),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('factuality', sa.String(length=20), nullable=False),
    sa.Column('denied_by_id', sa.String(length=200), nullable=True),
    sa.Column('denied_by_text', sa.Text(), nullable=True),
    sa.Column('attribution_text', sa.Text(), nullable=True),
    sa.Column('attribution_source_id', sa.String(length=200), nullable=True),
    sa.Column('attribution_source_text', sa.Text(), nullable=True),
    sa.Column('when_text', sa.Text(), nullable=True),
    sa.Column('when_start', sa.Date(), nullable=True),
    sa.Column('when_end', sa.Date(), nullable=True),
    sa.Column('where_text', sa.Text(), nullable=True),
    sa.Column('where_country', sa.String(length=3), nullable=True),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['attribution_source_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['denied_by_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['intermediary_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['recipient_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['supplier_id'], ['actors.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index('ix_mentions_doc_idx', ['document_id', 'idx'], unique=True)
        batch_op.create_index(batch_op.f('ix_mentions_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_recipient_id'), ['recipient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_record_key'), ['record_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_supplier_id'), ['supplier_id'], unique=False)




def downgrade() -> None:
    """Downgrade schema."""

    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_record_key'))
        batch_op.drop_index(batch_op.f('ix_mentions_record_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_recipient_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_document_id'))
        batch_op.drop_index('ix_mentions_doc_idx')

    op.drop_table('mentions')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_type'))
        batch_op.drop_index(batch_op.f('ix_events_target_id'))
        batch_op.drop_index(batch_op.f('ix_events_document_id'))
        batch_op.drop_index('ix_events_doc_idx')
        batch_op.drop_index(batch_op.f('ix_events_actor_id'))

    op.drop_table('events')
    with op.batch_alter_table('doc_actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_doc_actors_actor_id'))

    op.drop_table('doc_actors')
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_records_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_records_recipient_id'))
        batch_op.drop_index(batch_op.f('ix_records_key'))

    op.drop_table('records')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_publisher_key'))
        batch_op.drop_index(batch_op.f('ix_documents_published'))
        batch_op.drop_index(batch_op.f('ix_documents_collection'))

    op.drop_table('documents')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_name'))

    op.drop_table('actors')

