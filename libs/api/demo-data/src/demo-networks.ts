/**
 * Demo community networks for Cheshire East.
 *
 * Content is drawn from Cheshire East Council's Connected Communities
 * strategy papers (Connected to Neighbourhoods: neighbourhood partnerships,
 * town and community partnerships, community networks, Pledges) and the
 * Community Partnerships action plan. Where the papers do not name a body
 * for a town, a generic body named after the town is used instead.
 * No website URLs are given in the source papers, so all websites are null.
 */

export type DemoOrganisationKind = 'VOLUNTARY' | 'COMMUNITY' | 'FAITH' | 'PUBLIC' | 'BUSINESS';

export interface DemoOrganisation {
  name: string;
  kind: DemoOrganisationKind;
  description: string;
  website: string | null;
  areasServed: string[];
}

export interface DemoNetwork {
  slug: string;
  name: string;
  area: string;
  description: string;
  organisations: DemoOrganisation[];
}

export const DEMO_NETWORKS: DemoNetwork[] = [
  {
    slug: 'macclesfield',
    name: 'Macclesfield Community Network',
    area: 'Macclesfield & Poynton',
    description:
      'The Macclesfield Community Network brings local community organisations together to work collaboratively, share knowledge and skills and offer each other peer support. ' +
      'Members connect online through Knowledgehub, where over 40 organisations share training, events and opportunities to bid for contracts together. ' +
      'The network works alongside the neighbourhood partnerships on the Moss, Weston, Hurdsfield and Upton Priory estates, so that local needs shape the services delivered through Delivering Differently in Macclesfield.',
    organisations: [
      {
        name: 'Moss Rose Partnership',
        kind: 'COMMUNITY',
        description:
          'Neighbourhood partnership for Macclesfield South, bringing residents, key stakeholders and ward members together to tackle local issues and identify local priorities.',
        website: null,
        areasServed: ['Macclesfield', 'Macclesfield South'],
      },
      {
        name: 'Hurdsfield Community Group',
        kind: 'COMMUNITY',
        description:
          'Neighbourhood partnership for the Hurdsfield estate, working collaboratively with local services and ward members on the issues residents bring forward.',
        website: null,
        areasServed: ['Macclesfield', 'Hurdsfield'],
      },
      {
        name: 'Weston Estate Partnership',
        kind: 'COMMUNITY',
        description:
          'Neighbourhood partnership for the Weston estate, helping match local need with the services and resident-led activities delivered in the area.',
        website: null,
        areasServed: ['Macclesfield', 'Weston and Ivy'],
      },
      {
        name: 'FARUP (Friends and Residents of Upton Priory)',
        kind: 'COMMUNITY',
        description:
          'Residents\' neighbourhood partnership for the Upton Priory estate, bringing local people and partners together to address local priorities.',
        website: null,
        areasServed: ['Macclesfield', 'Broken Cross and Upton'],
      },
    ],
  },
  {
    slug: 'crewe',
    name: 'Crewe Community Network',
    area: 'Crewe & Nantwich',
    description:
      'The Crewe Community Network brings together voluntary, community and faith organisations in Crewe to work collaboratively, share knowledge and represent local needs. ' +
      'Crewe is where the Council has piloted Community Connectors, volunteers who help people in their community to access services, social groups and activities. ' +
      'The town also has a Community Cohesion Plan and Neighbourhood Action, where residents, agencies and ward members meet regularly and hold Ward Walks to agree community-led action plans.',
    organisations: [
      {
        name: 'Crewe Neighbourhood Partnerships',
        kind: 'COMMUNITY',
        description:
          'Neighbourhood partnerships covering Crewe North and East, West and South, St Barnabas and Central, bringing local people and agencies together to address the needs of some of the borough\'s most disadvantaged neighbourhoods.',
        website: null,
        areasServed: ['Crewe'],
      },
      {
        name: 'South Cheshire Multicultural Forum',
        kind: 'COMMUNITY',
        description:
          'Forum of Crewe\'s diverse communities, working with the Council and partners so that services are developed to meet specific needs, and planning how its members can make a difference in their own localities.',
        website: null,
        areasServed: ['Crewe'],
      },
      {
        name: 'YMCA Crewe',
        kind: 'VOLUNTARY',
        description:
          'Voluntary sector provider in Crewe whose experience, reach and relationships with harder to reach groups support effective commissioning of local services.',
        website: null,
        areasServed: ['Crewe'],
      },
      {
        name: 'Crewe Pledge',
        kind: 'BUSINESS',
        description:
          'Local businesses working together with young people and local schools to develop employability skills and match candidates with suitable apprenticeship opportunities.',
        website: null,
        areasServed: ['Crewe'],
      },
    ],
  },
  {
    slug: 'congleton',
    name: 'Congleton Community Network',
    area: 'Congleton Local Area',
    description:
      'The Congleton Community Network connects community organisations in Congleton so they can work together, share skills and make sure partnership work is led by community need. ' +
      'It works alongside the Congleton Partnership, the community-led town partnership, and the neighbourhood partnership in Bromley Farm. ' +
      'Congleton is also part of the 5 Towns Partnership Forum, which shares ideas and learning between the town partnerships of the Congleton local area.',
    organisations: [
      {
        name: 'Congleton Partnership',
        kind: 'COMMUNITY',
        description:
          'Independent, volunteer-led town partnership established in 2006 through the Market Town Initiative, working to improve the social, economic and environmental well-being of Congleton.',
        website: null,
        areasServed: ['Congleton'],
      },
      {
        name: 'Bromley Farm Neighbourhood Partnership',
        kind: 'COMMUNITY',
        description:
          'Neighbourhood partnership bringing residents and agencies together to address local needs and improve the shared offer in Bromley Farm.',
        website: null,
        areasServed: ['Congleton', 'Bromley Farm'],
      },
      {
        name: '5 Towns Partnership Forum',
        kind: 'COMMUNITY',
        description:
          'Forum through which the town partnerships of the Congleton local area share ideas and learning, working with local authorities and other stakeholders to enhance the local area.',
        website: null,
        areasServed: ['Congleton', 'Sandbach', 'Middlewich', 'Alsager', 'Holmes Chapel'],
      },
    ],
  },
  {
    slug: 'wilmslow',
    name: 'Wilmslow Community Network',
    area: 'Wilmslow & Knutsford',
    description:
      'The Wilmslow Community Network brings together voluntary, community and faith organisations in Wilmslow for collaborative working and peer networking. ' +
      'It links the volunteer-led town partnership, the neighbourhood partnership covering Colshaw Farm and Lacey Green, and the Wilmslow Pledge, through which local businesses help young people develop skills for work.',
    organisations: [
      {
        name: 'Wilmslow Town Partnership',
        kind: 'COMMUNITY',
        description:
          'Independent, community-led town partnership working to improve the social, economic and environmental well-being of Wilmslow.',
        website: null,
        areasServed: ['Wilmslow'],
      },
      {
        name: 'Colshaw Farm and Lacey Green Neighbourhood Partnership',
        kind: 'COMMUNITY',
        description:
          'Neighbourhood partnership bringing local people and agencies together to address local needs in Colshaw Farm and Lacey Green.',
        website: null,
        areasServed: ['Wilmslow', 'Colshaw Farm', 'Lacey Green'],
      },
      {
        name: 'Wilmslow Pledge',
        kind: 'BUSINESS',
        description:
          'Local businesses working together to give young people in Wilmslow the chance to develop employability skills and move on to a job, training or further education.',
        website: null,
        areasServed: ['Wilmslow'],
      },
    ],
  },
  {
    slug: 'knutsford',
    name: 'Knutsford Community Network',
    area: 'Wilmslow & Knutsford',
    description:
      'The Knutsford Community Network helps local community organisations connect, collaborate and make the best use of shared resources and community intelligence. ' +
      'It links into the Longridge neighbourhood partnership and the Knutsford Pledge, where local businesses work together to offer young people opportunities to build skills for work.',
    organisations: [
      {
        name: 'Longridge Neighbourhood Partnership',
        kind: 'COMMUNITY',
        description:
          'Neighbourhood partnership bringing residents and agencies together to address local needs and improve the shared offer in Longridge.',
        website: null,
        areasServed: ['Knutsford', 'Longridge'],
      },
      {
        name: 'Knutsford Pledge',
        kind: 'BUSINESS',
        description:
          'Local businesses working together to give young people in Knutsford the chance to develop employability skills and move on to a job, training or further education.',
        website: null,
        areasServed: ['Knutsford'],
      },
    ],
  },
  {
    slug: 'alsager',
    name: 'Alsager Community Network',
    area: 'Congleton Local Area',
    description:
      'The Alsager Community Network brings local community groups together for peer networking, shared learning and collaborative working. ' +
      'It works with the Alsager Partnership, the community-led town partnership, and with the neighbourhood partnership in Radway, so that local needs are represented and acted on.',
    organisations: [
      {
        name: 'Alsager Partnership',
        kind: 'COMMUNITY',
        description:
          'Independent, volunteer-led town partnership established in 2007 through the Market Town Initiative, acting as an umbrella for community activity in Alsager.',
        website: null,
        areasServed: ['Alsager'],
      },
      {
        name: 'Radway Neighbourhood Partnership',
        kind: 'COMMUNITY',
        description:
          'Neighbourhood partnership bringing residents and agencies together to address local needs and improve the shared offer in Radway.',
        website: null,
        areasServed: ['Alsager', 'Radway'],
      },
    ],
  },
  {
    slug: 'nantwich',
    name: 'Nantwich Community Network',
    area: 'Crewe & Nantwich',
    description:
      'The Nantwich Community Network connects community organisations in Nantwich so they can share knowledge and skills, work together on funding bids and make sure local needs are represented. ' +
      'Nantwich\'s town partnership was set up with the Council and the other town partnerships sharing their knowledge of how to go about it.',
    organisations: [
      {
        name: 'Nantwich Town Partnership',
        kind: 'COMMUNITY',
        description:
          'Independent, community-led town partnership working to improve the social, economic and environmental well-being of Nantwich.',
        website: null,
        areasServed: ['Nantwich'],
      },
      {
        name: 'Cheshire East Council Communities Team',
        kind: 'PUBLIC',
        description:
          'The Council\'s communities team, which facilitates community networks, supports town partnerships and helps communities that want to set up new partnerships.',
        website: null,
        areasServed: ['Cheshire East'],
      },
    ],
  },
  {
    slug: 'sandbach',
    name: 'Sandbach Community Network',
    area: 'Congleton Local Area',
    description:
      'The Sandbach Community Network brings together local voluntary, community and faith groups to share information, skills and ideas. ' +
      'It works alongside the Sandbach Partnership, a volunteer-led town partnership that acts as an umbrella for community activity and works to improve the social, economic and environmental well-being of the town.',
    organisations: [
      {
        name: 'Sandbach Partnership',
        kind: 'COMMUNITY',
        description:
          'Independent, volunteer-led town partnership established in 2004, prompted by an NWDA funding opportunity and the Market Town Initiative.',
        website: null,
        areasServed: ['Sandbach'],
      },
      {
        name: 'Sandbach Town Council',
        kind: 'PUBLIC',
        description:
          'The town council for Sandbach, one of the local partners that community partnerships in Cheshire East have links with.',
        website: null,
        areasServed: ['Sandbach'],
      },
    ],
  },
  {
    slug: 'middlewich',
    name: 'Middlewich Community Network',
    area: 'Congleton Local Area',
    description:
      'The Middlewich Community Network connects community organisations in Middlewich for collaborative working and peer networking. ' +
      'It works with Middlewich Vision, the town\'s community partnership, which grew out of the Town Council\'s wish to build on successful community events.',
    organisations: [
      {
        name: 'Middlewich Vision',
        kind: 'COMMUNITY',
        description:
          'Community-led town partnership established in 2003, following successful community events, working to improve the social, economic and environmental well-being of Middlewich.',
        website: null,
        areasServed: ['Middlewich'],
      },
      {
        name: 'Middlewich Town Council',
        kind: 'PUBLIC',
        description:
          'The town council for Middlewich, whose desire to build on successful community events led to the creation of Middlewich Vision.',
        website: null,
        areasServed: ['Middlewich'],
      },
    ],
  },
  {
    slug: 'poynton',
    name: 'Poynton Community Network',
    area: 'Macclesfield & Poynton',
    description:
      'The Poynton Community Network connects community organisations in Poynton so they can share knowledge and skills and work together on local priorities. ' +
      'It works alongside Poynton\'s town partnership, an independent \'can do\' group established and led by the local community.',
    organisations: [
      {
        name: 'Poynton Town Partnership',
        kind: 'COMMUNITY',
        description:
          'Independent, community-led town partnership working to improve the social, economic and environmental well-being of Poynton.',
        website: null,
        areasServed: ['Poynton'],
      },
      {
        name: 'Poynton Town Council',
        kind: 'PUBLIC',
        description:
          'The town council for Poynton, one of the local partners that community partnerships in Cheshire East have links with.',
        website: null,
        areasServed: ['Poynton'],
      },
    ],
  },
  {
    slug: 'holmes-chapel',
    name: 'Holmes Chapel Community Network',
    area: 'Congleton Local Area',
    description:
      'The Holmes Chapel Community Network brings local community groups together to share information, ideas and skills. ' +
      'It works with the Holmes Chapel Partnership, which was established in 2010 when the existing town partnerships worked with the local Parish Plan group.',
    organisations: [
      {
        name: 'Holmes Chapel Partnership',
        kind: 'COMMUNITY',
        description:
          'Independent, volunteer-led community partnership established in 2010, working to improve the social, economic and environmental well-being of Holmes Chapel.',
        website: null,
        areasServed: ['Holmes Chapel'],
      },
      {
        name: 'Holmes Chapel Parish Council',
        kind: 'PUBLIC',
        description:
          'The parish council for Holmes Chapel, one of the local partners that community partnerships in Cheshire East have links with.',
        website: null,
        areasServed: ['Holmes Chapel'],
      },
    ],
  },
];
