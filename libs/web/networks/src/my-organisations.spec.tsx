import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockClient, renderPage, signedInAs } from '@community-hub/web-testing';
import { MyOrganisations } from './my-organisations';
import { TestProviders } from '@community-hub/web-accounts';

describe('MyOrganisations', () => {
  it("shows the API's field errors beside the fields", async () => {
    const mock = createMockClient({
      Me: () => signedInAs(),
      MyOrganisations: () => ({ data: { myOrganisations: [] } }),
      MyMemberships: () => ({
        data: {
          myMemberships: [
            {
              __typename: 'Membership',
              id: 'm1',
              role: 'MEMBER',
              status: 'ACTIVE',
              network: { __typename: 'Network', id: 'net-1', slug: 'crewe', name: 'Crewe Community Network' },
              organisation: null,
            },
          ],
        },
      }),
      CreateOrganisation: () =>
        apiError('BAD_USER_INPUT', 'Please check: website must be a full address', [
          { field: 'website', message: 'must be a full address starting with https://' },
          { field: 'charityNumber', message: 'is not a registered charity number format' },
        ]),
    });
    renderPage(<MyOrganisations />, { mock, providers: TestProviders });
    expect(await screen.findByText('You do not represent any organisations yet.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Organisation name'), 'Crewe Allotments');
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'COMMUNITY');
    await userEvent.type(screen.getByLabelText(/^Website/), 'crewe-allotments');
    await userEvent.type(screen.getByLabelText(/^Charity number/), '12');
    await userEvent.selectOptions(await screen.findByLabelText('List it in a network'), 'net-1');
    await userEvent.click(screen.getByRole('button', { name: 'Create organisation' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Website: must be a full address starting with https://')).toBeTruthy();
    const website = screen.getByLabelText('Website');
    expect(website.getAttribute('aria-invalid')).toBe('true');
    expect(website.getAttribute('aria-describedby')).toContain(
      (screen.getByText('Must be a full address starting with https://.') as HTMLElement).id,
    );
    expect(screen.getByLabelText('Charity number').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Company number').getAttribute('aria-invalid')).toBeNull();
    expect(mock.callsTo('CreateOrganisation')[0].variables).toEqual({
      input: {
        name: 'Crewe Allotments',
        kind: 'COMMUNITY',
        description: '',
        website: 'crewe-allotments',
        charityNumber: '12',
        companyNumber: null,
        networkId: 'net-1',
      },
    });
  });
});
