import { isCliError } from './CliError';
import { parseSiteUrl, siteUrlOf } from './parseSiteUrl';
import { provisioningPaths } from './provisioningPaths';

describe('parseSiteUrl', () => {
  it('reads site URLs as admins copy them', () => {
    expect(parseSiteUrl('https://contoso.sharepoint.com/sites/ivho')).toEqual({ siteHostname: 'contoso.sharepoint.com', sitePath: '/sites/ivho' });
    expect(parseSiteUrl(' https://Contoso.SharePoint.com/Sites/IVHO/SitePages/Home.aspx ')).toEqual({ siteHostname: 'contoso.sharepoint.com', sitePath: '/sites/IVHO' });
    expect(parseSiteUrl('https://hs.sharepoint.com/teams/veiligheid%20team')).toEqual({ siteHostname: 'hs.sharepoint.com', sitePath: '/teams/veiligheid team' });
    expect(parseSiteUrl('https://contoso.sharepoint.com')).toEqual({ siteHostname: 'contoso.sharepoint.com', sitePath: '/' });
  });

  it('builds the Graph path that resolves the site', () => {
    expect(provisioningPaths.siteByAddress(parseSiteUrl('https://contoso.sharepoint.com/sites/ivho'))).toBe('/sites/contoso.sharepoint.com:/sites/ivho');
    expect(provisioningPaths.siteByAddress(parseSiteUrl('https://hs.sharepoint.com/teams/a%20b'))).toBe('/sites/hs.sharepoint.com:/teams/a%20b');
    expect(provisioningPaths.siteByAddress(parseSiteUrl('https://contoso.sharepoint.com/'))).toBe('/sites/contoso.sharepoint.com');
    expect(siteUrlOf(parseSiteUrl('https://contoso.sharepoint.com/sites/ivho/Lists/x'))).toBe('https://contoso.sharepoint.com/sites/ivho');
  });

  it.each([
    ['ivho', 'it is not a URL'],
    ['http://contoso.sharepoint.com/sites/ivho', 'must start with https://'],
    ['https://intranet.example.nl/sites/ivho', 'intranet.example.nl is not a SharePoint Online host'],
    ['https://contoso.sharepoint.com/Shared%20Documents/x', 'the path must be /sites/<name> or /teams/<name>'],
    ['https://contoso.sharepoint.com/sites/', 'the path must be /sites/<name> or /teams/<name>'],
  ])('refuses %s (%s) with exit code 2', (input, reason) => {
    try {
      parseSiteUrl(input);
      throw new Error('accepted');
    } catch (error: unknown) {
      expect(isCliError(error) && error.exitCode).toBe(2);
      expect((error as Error).message).toContain(reason);
    }
  });
});
