import { graphql } from '@parley/schema';

/** Fragments shared by several views, named after the component that renders them. */
export const EvidenceQuotesFragment = graphql(`
  fragment EvidenceQuotes_evidence on Evidence {
    start
    end
    quote
    document {
      slug
    }
  }
`);

export const AttributionLabelFragment = graphql(`
  fragment AttributionLabel_attribution on Attribution {
    kind
    text
    source {
      slug
      name
    }
  }
`);

export const PartialDateLabelFragment = graphql(`
  fragment PartialDateLabel_date on PartialDate {
    text
    start
    end
    precision
    basis
  }
`);

export const RelationItemFragment = graphql(`
  fragment RelationItem_relation on Relation {
    id
    kind
    category
    modality
    summary
    demand
    lever
    source {
      slug
      name
    }
    target {
      slug
      name
    }
    date {
      ...PartialDateLabel_date
    }
    event {
      slug
      title
    }
    attribution {
      ...AttributionLabel_attribution
    }
    evidence {
      ...EvidenceQuotes_evidence
    }
  }
`);

export const FigureItemFragment = graphql(`
  fragment FigureItem_figure on Figure {
    id
    amount
    currency
    summary
    modality
    condition
    period {
      ...PartialDateLabel_date
    }
    attribution {
      ...AttributionLabel_attribution
    }
    evidence {
      ...EvidenceQuotes_evidence
    }
  }
`);
