/** The playground's opening tabs: real questions about the seed story (the README shows the same). */
export const EXAMPLE_QUERIES = [
  {
    title: 'Who pressured Maduro',
    query: `# Who pressured Nicolás Maduro, and how — says who?
query WhoPressuredMaduro {
  actor(slug: "nicolas-maduro") {
    name
    relations(direction: INCOMING, categories: [PRESSURE, COERCION]) {
      kind
      modality
      summary
      demand
      lever
      source { name }
      attribution { kind text source { name } }
      evidence { quote start end }
    }
  }
}
`,
  },
  {
    title: 'Mexico City meeting',
    query: `# Who sat in the secret Mexico City meeting?
query MexicoCityMeeting {
  events(filter: { text: "Mexico City" }) {
    nodes {
      title
      secret
      date { text start precision basis }
      attribution { kind text }
      participants { role actor { name } attribution { text } evidence { quote } }
    }
  }
}
`,
  },
  {
    title: 'Petro to Machado',
    query: `# How does Gustavo Petro connect to Maria Corina Machado?
query PetroToMachado {
  paths(from: "gustavo-petro", to: "maria-corina-machado", maxLength: 3) {
    length
    steps {
      from { name }
      to { name }
      via {
        __typename
        ... on Relation { kind summary evidence { quote } }
        ... on Position { title evidence { quote } }
        ... on Event { title evidence { quote } }
      }
    }
  }
}
`,
  },
  {
    title: 'Non-responses',
    query: `# Who declined to comment, or did not reply?
query NonResponses {
  statements(kinds: [DECLINED_TO_COMMENT, NO_REPLY]) {
    nodes { kind speaker { name } evidence { quote } }
  }
}
`,
  },
  {
    title: 'Search actors',
    query: `# Find actors by name (case and accents ignored)
query SearchActors {
  actors(search: "maduro", first: 10) {
    totalCount
    nodes { slug name kind summary }
  }
}
`,
  },
];
