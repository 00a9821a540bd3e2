import { useApp } from '../appContext.ts';
import { PURPOSE_LABEL, PURPOSES_OF_ROLE } from '../i18n/vocabulary.ts';

/**
 * The purpose of the work (doelbinding), on every screen: every request carries it in X-Purpose and
 * the gateway releases only what it covers. Changing it is one click; the screen then asks again.
 */
export function PurposeBar() {
  const { session, purpose, setPurpose } = useApp();
  return (
    <fieldset className="purpose-bar">
      <legend>Doel van uw werk (doelbinding)</legend>
      <div className="purpose-options">
        {PURPOSES_OF_ROLE[session.role].map((option) => (
          <label key={option} className={option === purpose ? 'purpose-option current' : 'purpose-option'}>
            <input type="radio" name="purpose" value={option} checked={option === purpose} onChange={() => setPurpose(option)} />
            {PURPOSE_LABEL[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
