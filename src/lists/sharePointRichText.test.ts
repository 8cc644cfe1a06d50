import { sameRichText, unwrapRichText } from './sharePointRichText';

describe('unwrapRichText', () => {
  it('removes the ExternalClass wrappers SharePoint adds, nested ones too', () => {
    expect(unwrapRichText('<div class="ExternalClass0C93D4A1383040AEBCF72B09D3DED905"><p>N/A</p></div>')).toBe('<p>N/A</p>');
    expect(unwrapRichText('<div class="ExternalClassAB12"><div class="ExternalClassCD34"><p>x</p></div></div>')).toBe('<p>x</p>');
  });

  it('leaves HTML without a wrapper, or with other divs, alone', () => {
    expect(unwrapRichText('<p>x</p>')).toBe('<p>x</p>');
    expect(unwrapRichText('<div class="note"><p>x</p></div>')).toBe('<div class="note"><p>x</p></div>');
  });
});

describe('sameRichText', () => {
  it('takes the stored form as equal to what was written', () => {
    expect(sameRichText("<P CLASS='lead'>Een<BR/>twee</P>", '<div class="ExternalClass0C93D4A1383040AEBCF72B09D3DED905"><p class="lead">Een<br>twee</p></div>')).toBe(true);
  });

  it('still sees a changed text or tag', () => {
    expect(sameRichText('<p>Een</p>', '<div class="ExternalClassAB"><p>Twee</p></div>')).toBe(false);
    expect(sameRichText('<p>Een</p>', '<div class="ExternalClassAB"><h2>Een</h2></div>')).toBe(false);
  });
});
